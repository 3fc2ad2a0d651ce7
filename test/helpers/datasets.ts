/** Small datasets for rule tests: a valid minimal dataset plus builders for the parts under test. */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  checkDataset,
  loadDataset,
  pathText,
  type Finding,
  type FundTableOf,
  type Num,
  type RawDataset,
} from "../../src/domain";

/** The bundled demo sample, as committed in the project. */
export const SAMPLE_PATH = path.join(__dirname, "../../samples/hunan-province-2024.json");

/** The sample's raw JSON (a fresh copy each call, safe to modify). */
export function sampleRaw(): RawDataset {
  return JSON.parse(fs.readFileSync(SAMPLE_PATH, "utf8")) as RawDataset;
}

/** A valid dataset with nothing but the unit; tests add the parts they check. */
export function baseDataset(extra: Partial<RawDataset> = {}): RawDataset {
  return {
    format: "jixiao-dataset",
    version: 1,
    unit: { name: "测试县卫生健康局", level: "county", year: 2024, moneyUnit: "万元" },
    ...extra,
  };
}

/** A one-table dataset. */
export function fundTable(
  rows: FundTableOf<Num>["rows"],
  extra: Partial<FundTableOf<Num>> = {},
): FundTableOf<Num> {
  return { id: "t", title: "测试专项", dimension: "project", rows, ...extra };
}

/** Loads and checks a raw dataset. */
export function check(raw: RawDataset): readonly Finding[] {
  return checkDataset(loadDataset(raw)).findings;
}

/** The findings of one rule. */
export function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** `rule@path` for compact assertions. */
export function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${pathText(f.path)}`);
}
