/**
 * Attribution on text in the style of real reports, taken from the province and city reports
 * (../shared/seeds): each line of a PDF its own paragraph, figures split from their units and
 * across lines, spaces around numbers, full-width digits, 0 万元, 14,660 万元, 亿元 — each figure
 * attributed to what it is about, or left unattributed (never flagged).
 */
import fc from "fast-check";
import { checkReport, type TextBlock } from "../../src/reportcheck";

/** A document whose paragraphs are these lines (as a PDF conversion makes them). */
const lines = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ paragraph: i + 1, text }));

/** `key = value` of each attributed figure, in order. */
const attributed = (blocks: readonly TextBlock[]) =>
  checkReport(blocks).attributed.map((f) => `${f.key} = ${f.value.toFixed()}`);

describe("attribution on real reports' phrasing", () => {
  it.each<[string, string[], string[]]>([
    [
      "the subject carried through the sentence, the unit on the next line",
      [
        "项目支出（含对市州转移支付）年初结转和结余 70,309.43",
        "万元，本年收入 125,651.44 万元，本年支出 119,191.43 万元，",
        "年末结转和结余 76,769.44万元。",
      ],
      [
        "project/opening = 70309.43",
        "project/income = 125651.44",
        "project/expenditure = 119191.43",
        "project/closing = 76769.44",
      ],
    ],
    [
      "0 万元, and 结转 read as opening before 本年收入 and as closing after 本年支出",
      [
        "我委 2024 年度财政拨款基本支出年初结转 0 万元，本年收",
        "入 84,659.42万元，本年支出 84,659.42 万元，基本支出结转 0",
        "万元。",
      ],
      ["basic/opening = 0", "basic/income = 84659.42", "basic/expenditure = 84659.42", "basic/closing = 0"],
    ],
    [
      "a 其中 list of subjects, then the head again after ；",
      [
        "纳入本次绩效自评范围的 2024 年度一般公共预算财政拨款收入 280,620.28 万元，具",
        "体包括：我委年初结转和结余 70,309.43 万元，其中：基本支出",
        "结转 0 万元、项目支出结转和结余 70,309.43 万元；我委 2024",
        "年收入 210,310.85 万元，其中：基本支出收入 84,659.42万元，",
        "项目支出收入 125,651.43 万元。",
      ],
      [
        "department/available = 280620.28",
        "department/opening = 70309.43",
        "basic/opening = 0",
        "project/opening = 70309.43",
        "department/income = 210310.85",
        "basic/income = 84659.42",
        "project/income = 125651.43",
      ],
    ],
    [
      "14,660 万元 without decimals; a measure split across lines (实际到 / 位数)",
      [
        "2024 年度公共卫生专项预算资金 14,660 万元，资金实际到",
        "位数为 14,478.49 万元，资金到位率为 98.76%；资金实际使用",
        "数为 11,138.01 万元，预算执行率为 76.93%。",
      ],
      [
        "fund:公共卫生专项/budget = 14660",
        "fund:公共卫生专项/arrived = 14478.49",
        "fund:公共卫生专项/arrivalRate = 98.76",
        "fund:公共卫生专项/used = 11138.01",
        "fund:公共卫生专项/rate = 76.93",
      ],
    ],
    [
      "a figure split across a line break inside its digits",
      ["人员经费支出 82,33", "3.73 万元，占全部基本支出的 97.25%。"],
      ["personnel/amount = 82333.73", "personnel/share = 97.25"],
    ],
    [
      "a soft line break inside a paragraph (Word's ⏎ in one paragraph)",
      ["具体包括：我委 2024 年基本支出 84,659.42 万元，项目支出\n119,191.42万元。"],
      ["basic/expenditure = 84659.42", "project/expenditure = 119191.42"],
    ],
    [
      "full-width digits and the spaces a PDF leaves around separators",
      ["一般公共预算财政拨款收入 ２８０，６２０．２８ 万元，具体包括：年初结转和结余 70, 309. 43 万元。"],
      ["department/available = 280620.28", "department/opening = 70309.43"],
    ],
    [
      "亿元, in the model's 万元",
      ["2024 年度一般公共预算财政拨款收入 28.06 亿元。"],
      ["department/available = 280600"],
    ],
    [
      "三公: the category carried from 支出全年预算数 to 支出决算 and 完成预算的",
      [
        "其中：公务用车购置及运行维护费支出全年预算数为 309.65万元，",
        "支出决算为 298.32 万元，完成预算的 96.34%；决算数小于预算",
        "数的主要原因是我委严格按预算做好公务用车运行维护经费开",
        "支安排，进一步降低行政运行成本。因公出国（境）费支出全年",
        "预算数为 61.88万元，支出决算为 61.88万元，完成预算的 100%；",
      ],
      [
        "vehicle/budget = 309.65",
        "vehicle/actual = 298.32",
        "vehicle/completionRate = 96.34",
        "abroad/budget = 61.88",
        "abroad/actual = 61.88",
        "abroad/completionRate = 100",
      ],
    ],
    [
      "三公 statistics by their words and units",
      [
        "2024 年新购买公务用车 5 辆；我委机关及下属单位开支财政拨款的公务用车保有量为 45辆。因公出国（境）团组数 6 个，",
        "因公出国（境）人次数 10 人。全年公务接待人数 660 人次，接待批次 119 批次。",
      ],
      [
        "vehicle/vehiclesPurchased = 5",
        "vehicle/vehiclesHeld = 45",
        "abroad/abroadGroups = 6",
        "abroad/abroadPersons = 10",
        "reception/receptionPersons = 660",
        "reception/receptionBatches = 119",
      ],
    ],
    [
      "staffing: 编制数 whatever comes before it; 其中 parts of it left unattributed",
      [
        "2024 年度年初部门预算核定批复我委及各预算单位在职人",
        "7",
        "员编制数为 29,664 人，其中行政及参公编制 279 人、非参公事",
        "业编制 28,811 人。截至 2024 年底，我委年末实有人数为 36,480人，其中：在",
        "职人员 36,440 人、离休人员 40 人。",
      ],
      [
        "staffing/authorized = 29664",
        "staffing/headcount = 36480",
        "staffing/actualTotal = 36440",
        "staffing/retiredLi = 40",
      ],
    ],
    [
      "the city report: 基本支出 with 人员经费 and 公用经费, staff in 职工",
      [
        "2024 年一般公共预算财政拨款基本支出 2878.82 万元。其中人员经费 1744.13 万元，公用经费 1134.69 万元。",
        "(三) 人员情况。2024 年在职职工 86 人，退休职工 99 人。",
      ],
      [
        "basic/expenditure = 2878.82",
        "personnel/amount = 1744.13",
        "publicFunds/amount = 1134.69",
        "staffing/actualTotal = 86",
        "staffing/retiredOnly = 99",
      ],
    ],
    [
      "年初预算 carried to the items listed after it; 请款 is not 到位",
      [
        "2024 年度计划生育服务专项年初预算批复资金 903 万元，",
        "其中：独生子女保健费 735 万元，爱心助孕 168万元。该笔专项",
        "资金根据实际需求请款，累计请款金额为 542.58 万元，全部到",
        "位。",
      ],
      [
        "fund:计划生育服务专项/initialBudget = 903",
        "fund:独生子女保健费/initialBudget = 735",
        "fund:爱心助孕/initialBudget = 168",
        "fund:计划生育服务专项/requested = 542.58",
      ],
    ],
  ])("%s", (_, texts, expected) => {
    expect(attributed(lines(...texts))).toEqual(expected);
  });

  it.each([
    ["targets (以上)", "麻风病现症患者随访到位率达到 95%以上，麻风村住村患者医疗保障覆盖率达到 100%。"],
    ["figures of achievements", "帮助受援医院开展新技术、新项目 132 项，四级手术占比同比增长 16.25%。"],
    ["a level of something", "居民健康素养水平达 32.88%，人均预期寿命达到全国平均水平。"],
    [
      "an amount of nothing the vocabulary knows",
      "此外，发布首个湘产道地药材国际标准，中医药全产业链产值超 1500 亿元。",
    ],
    [
      "parts of a figure inside its 其中 list",
      "2024年度爱心助孕项目全年共支出 206.61万元，其中：2023年度结转资金 222.69 万元中支出 87.83 万元，2024 年度专项资金累计请款 118.78 万元，实际支出 118.78万元。",
    ],
  ])("leaves unattributed (and unflagged): %s", (_, text) => {
    const result = checkReport(lines(text));
    expect(result.findings).toEqual([]);
    const keys = result.attributed.map((f) => f.key);
    // Only the figure the 其中 list is about is attributed.
    expect(keys.filter((k) => k !== "fund:爱心助孕/used")).toEqual([]);
    expect(result.unattributed.length).toBeGreaterThan(0);
  });

  it("a sentence broken into lines anywhere reads the same as the sentence whole (property)", () => {
    const sentence =
      "2024 年度中医药专项预算资金 3,697 万元，实际到位 3,653.01 万元，资金到位率 98.81%，实际支出 1,742.47 万元，预算执行率 47.13%。";
    const whole = attributed(lines(sentence));
    expect(whole).toHaveLength(5);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 4, max: sentence.length - 2 }), { maxLength: 4 }),
        (cuts) => {
          const at = [0, ...[...cuts].sort((a, b) => a - b), sentence.length];
          const parts = at
            .slice(1)
            .map((end, i) => sentence.slice(at[i], end))
            .filter(Boolean);
          // A line of up to three digits alone is a page number (the check skips it); PDF lines are longer.
          fc.pre(parts.every((p) => p.length > 3 && !/^\s*\d{1,3}\s*$/u.test(p)));
          expect(attributed(lines(...parts))).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("self-consistency at the precision each statement is written with", () => {
  it.each([
    ["14,660 万元 and 14,660.00 万元 agree", "14,660 万元", "14,660.00 万元", 0],
    ["28.06 亿元 and 280,620.28 万元 agree (at 0.01 亿元)", "28.06 亿元", "280,620.28 万元", 0],
    ["28.16 亿元 and 280,620.28 万元 do not", "28.16 亿元", "280,620.28 万元", 1],
    ["125,651.43 万元 and 125,651.44 万元 do not", "125,651.43 万元", "125,651.44 万元", 1],
  ])("%s", (_, first, second, findings) => {
    const result = checkReport(
      lines(`一般公共预算财政拨款收入 ${first}。`, `二、其他`, `一般公共预算财政拨款收入 ${second}。`),
    );
    expect(result.findings.filter((f) => f.rule === "report-self-inconsistent")).toHaveLength(findings);
  });
});
