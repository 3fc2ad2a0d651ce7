/**
 * The report outlines as data (docs/domain.md §1): each finance bureau prescribes its own, and the same
 * content blocks fill each. A section lists its content in order — block names and subsections;
 * a section with a `gap` is required (empty, it shows 【待补充：gap】), one without is left out
 * when empty. Numbering (一、 （一） 1. （1）) follows the depth at which a section sits.
 */
import type { OutlineId } from "../domain";
import { reportText as R } from "../i18n";
import type { BlockId } from "./blocks";

/** A block the section requires: when it adds nothing, the report names `gap` in its place. */
export interface RequiredBlock {
  readonly block: BlockId;
  readonly gap: string;
}

export interface SectionSpec {
  readonly title: string;
  readonly content: readonly (BlockId | RequiredBlock | SectionSpec)[];
  /** What the report names when the section is required and empty. */
  readonly gap?: string;
}

export interface Outline {
  readonly id: OutlineId;
  /** Blocks after the title, before 一、 (the opening paragraph). */
  readonly preamble: readonly BlockId[];
  readonly sections: readonly SectionSpec[];
}

const H = R.headings;
const G = R.gaps;

const required = (block: BlockId, gap: string): RequiredBlock => ({ block, gap });

const section = (title: string, content: SectionSpec["content"], gap?: string): SectionSpec => ({
  title,
  content,
  ...(gap ? { gap } : {}),
});

/** 基本支出 with 人员经费 and 公用经费 below it. */
const basicDetail = section(
  H.basicDetail,
  ["basicTotal", section(H.personnel, ["personnel"]), section(H.publicFunds, ["publicFunds"])],
  G.basicExpenditure,
);
/** “三公”经费: the spending against budget, then shares and statistics. */
const sangong = section(
  H.sangong,
  [section(H.sangongSpending, ["sangongSpending"]), section(H.sangongUse, ["sangongUse"])],
  G.sangong,
);
/** 项目支出: totals, then one subsection per fund table. */
const project = section(H.project, ["projectTotals", "fundTables"], G.project);

/** 部门整体支出情况 where an outline has no sections of its own for the figures (湖北, 广东). */
const overallSpending = section(
  H.overallSpending,
  ["finance", "breakdowns", "otherFunds", basicDetail, sangong, project],
  G.overallSpending,
);

/** 湖南-style (the province report in the seeds, a Changsha district report): 一 … 十. */
const hunan: Outline = {
  id: "hunan",
  preamble: ["opening", "selfEvaluationWork"],
  sections: [
    section(
      H.basic,
      [
        section(
          H.department,
          [
            section(H.functions, ["functions"], G.functions),
            section(H.organization, ["organization"], G.organization),
            section(H.staffing, ["staffing"], G.staffing),
          ],
          G.department,
        ),
        section(H.departmentGoals, [section(H.goals, ["goals"], G.goals)], G.goals),
      ],
      G.department,
    ),
    section(
      H.general,
      [
        "finance",
        "breakdowns",
        section(H.basicExpenditure, [basicDetail, sangong], G.basicExpenditure),
        project,
      ],
      G.overallSpending,
    ),
    section(H.governmentFund, ["governmentFund"], G.governmentFund),
    section(H.stateCapital, ["stateCapital"], G.stateCapital),
    section(H.socialInsurance, ["socialInsurance"], G.socialInsurance),
    section(H.performance, [required("score", G.score), "indicatorSummary", "achievements"], G.performance),
    section(H.problems, ["problems", "problemsDraft"], G.problems),
    section(H.measures, ["measures"], G.measures),
    section(H.application, ["application"], G.application),
    section(H.other, ["other"], G.other),
  ],
};

/** 湖北-style (a county report): 一 … 五, the indicator analysis by dimension in 三、. */
const hubei: Outline = {
  id: "hubei",
  preamble: ["opening"],
  sections: [
    section(
      H.basic,
      [
        section(H.functions, ["functions"], G.functions),
        section(H.organization, ["organization"], G.organization),
        section(H.staffing, ["staffing"], G.staffing),
        section(H.goals, ["goals"], G.goals),
        overallSpending,
      ],
      G.department,
    ),
    section(H.selfEvaluationWorkHubei, ["selfEvaluationWork"], G.selfEvaluationWork),
    section(H.goalCompletion, [required("indicatorDimensions", G.indicators), "scoreClosing"], G.indicators),
    section(
      H.resultsAndProblems,
      [
        section(H.mainResults, ["achievements"], G.achievements),
        section(H.prominentProblems, ["problems", "problemsDraft"], G.problems),
      ],
      G.problems,
    ),
    section(H.measuresHubei, ["measures"], G.measures),
  ],
};

/** 广东-style (a county-level city report): 一 … 三, 自评工作 by its sub-items. */
const guangdong: Outline = {
  id: "guangdong",
  preamble: ["opening"],
  sections: [
    section(
      H.basic,
      [
        section(H.organization, ["organization"], G.organization),
        section(H.mainFunctions, ["functions"], G.functions),
        section(H.staffing, ["staffing"], G.staffing),
        section(H.goals, ["goals"]),
        overallSpending,
      ],
      G.department,
    ),
    section(
      H.selfEvaluationWork,
      [
        "workText",
        section(H.evaluationTeam, ["workTeam"], G.evaluationTeam),
        section(
          H.workProcess,
          [
            section(H.preparation, ["workPreparation"], G.preparation),
            section(H.implementation, ["workImplementation"], G.implementation),
            section(H.evaluation, ["workEvaluation"], G.evaluation),
          ],
          G.selfEvaluationWork,
        ),
        section(H.submission, ["workSubmission"], G.submission),
        section(H.disclosure, ["workDisclosure"], G.disclosure),
      ],
      G.selfEvaluationWork,
    ),
    section(
      H.selfEvaluationResult,
      [
        section(H.result, [required("score", G.score), "achievements"], G.score),
        section(H.indicatorAnalysis, ["indicatorDimensions"], G.indicators),
        section(H.problemsGuangdong, ["problems", "problemsDraft"], G.problems),
        section(H.measuresGuangdong, ["measures"], G.measures),
      ],
      G.performance,
    ),
  ],
};

/** The outlines by id. */
export const OUTLINES: Readonly<Record<OutlineId, Outline>> = { hunan, hubei, guangdong };

/** The outline a report follows when none is chosen. */
export const DEFAULT_OUTLINE: OutlineId = "hunan";
