import * as fs from "node:fs";
import { reportText } from "../src/narrative";
import { checkReport } from "../src/reportcheck";
import { blocksOf, reportOf } from "./helpers/reportEdits";
import { sampleRaw } from "./helpers/datasets";
import { richDataset } from "./helpers/rich";
import { SPARSE_FIXTURES } from "./helpers/sparse";

const all: [string, () => any][] = [["sample", sampleRaw], ["rich", richDataset], ...Object.entries(SPARSE_FIXTURES)];
it("scratch", async () => {
  for (const [name, raw] of all) {
    const { model, plan } = reportOf(raw());
    const blocks = await blocksOf(plan);
    const self = checkReport(blocks);
    const data = checkReport(blocks, { model });
    const out = [
      reportText(plan),
      "=== SELF", ...self.findings.map((f) => `${f.rule} ${f.reported}→${f.expected} ${f.message}`),
      "=== DATA", ...data.findings.map((f) => `${f.rule} ${f.reported}→${f.expected} ${f.message}`),
      "=== ATTR", ...data.attributed.map((f) => `${f.key} ${f.written} | ${f.excerpt.slice(0, 60)}`),
      "=== UNATTR", ...data.unattributed.map((f) => `${f.written} | ${f.excerpt.slice(0, 60)}`),
    ];
    fs.writeFileSync(`/tmp/s12b/${name}.txt`, out.join("\n"));
  }
}, 120000);
