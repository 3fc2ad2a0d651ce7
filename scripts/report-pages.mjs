// Writes the report pictures in docs/: for each outline, page 1 and the last page (附件说明, 落款,
// 成文日期) of the .docx, and for 湖南 also the page of “三公” and the first fund table's page,
// printed by LibreOffice (`soffice --headless --convert-to pdf`, then
// `pdftoppm`). LibreOffice substitutes its own CJK fonts (Noto) for 方正小标宋/仿宋_GB2312/黑体/
// 楷体_GB2312 where those are not installed. Run after `npm run build:cli`:
//   node scripts/report-pages.mjs
// 湖南: the bundled sample with what the province report itself says beyond the dataset (the
// notice it answers, 离休人员 40 人, 编制外 其他人员 17 + 6,799), no 成文日期 (the report names the
// gap); 湖北 and 广东: the sparse fixtures of the tests (test/fixtures/), dated.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const { checkDataset, loadDataset } = require(join(root, "lib/domain"));
const { buildReportPlan } = require(join(root, "lib/narrative"));
const { renderDocx } = require(join(root, "lib/renderers/docx"));

const json = (file) => JSON.parse(readFileSync(join(root, file), "utf8"));
const sample = json("samples/hunan-province-2024.json");
sample.profile.staffing = { ...sample.profile.staffing, retiredAs: "离休", actualOutOfQuota: 6816 };
sample.narrative = {
  ...sample.narrative,
  notice: {
    title: "关于开展2024年度省级预算部门绩效自评和部门评价的通知",
    documentNumber: "湘财绩〔2025〕2号",
  },
};

const reports = [
  {
    outline: "hunan",
    dataset: sample,
    // Pages found by what they show: the 三公 section, the first fund table.
    find: { sangong: "“三公”经费支出决算情况", fund: "1.公共卫生专项" },
  },
  { outline: "hubei", dataset: json("test/fixtures/sparse-hubei-county.json") },
  { outline: "guangdong", dataset: json("test/fixtures/sparse-guangdong-city.json") },
];

const work = mkdtempSync(join(tmpdir(), "jixiao-pages-"));
try {
  mkdirSync(join(work, "profile"));
  for (const { outline, dataset, find = {} } of reports) {
    const { model, findings } = checkDataset(loadDataset(dataset));
    const plan = buildReportPlan(model, findings, { outline });
    const docx = join(work, `${outline}.docx`);
    writeFileSync(docx, await renderDocx(plan));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${work}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        docx,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const pdf = join(work, `${outline}.pdf`);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
    const pageOf = (text) => {
      for (let p = 1; p <= pages; p++)
        if (
          execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
            encoding: "utf8",
          }).includes(text)
        )
          return p;
      throw new Error(`no page of ${outline} shows ${text}`);
    };
    const shots = [
      [1, "page-1"],
      [pages, "last-page"],
      ...Object.entries(find).map(([name, text]) => [pageOf(text), `${name}-page`]),
    ];
    for (const [page, name] of shots) {
      const prefix = join(work, `${outline}-${name}`);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "70",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        pdf,
        prefix,
      ]);
      renameSync(`${prefix}.png`, join(root, "docs", `report-${outline}-${name}.png`));
    }
    process.stdout.write(
      `${shots.map(([p, name]) => `docs/report-${outline}-${name}.png (page ${p})`).join(", ")} of ${pages}\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
