import * as fs from "node:fs";
import { checkDataset, loadDataset } from "../src/domain";
import { buildReportPlan } from "../src/narrative";
import { reportPlanText } from "./helpers/golden";
import { SPARSE_FIXTURES } from "./helpers/sparse";
it("prints", () => {
  for (const [name, make] of Object.entries(SPARSE_FIXTURES)) {
    const { model, findings } = checkDataset(loadDataset(make()));
    fs.writeFileSync(
      `/tmp/scratch12/${name}.txt`,
      reportPlanText(buildReportPlan(model, findings)) +
        "\n\nFINDINGS\n" +
        findings.map((f) => `${f.rule} ${f.severity} ${f.message}`).join("\n"),
    );
  }
});
