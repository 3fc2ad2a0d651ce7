/** The installed `jixiao` command, as a user runs it: compiled, in a child process. */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "../..");
const bin = path.join(root, "bin/jixiao.js");

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: root,
  });
}, 120_000);

describe("bin/jixiao.js", () => {
  it("checks the bundled sample, JSON on stdout, exit 1", () => {
    const r = spawnSync(process.execPath, [bin, "check", "samples/hunan-province-2024.json", "--json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const findings = JSON.parse(r.stdout) as { rule: string }[];
    expect(findings.filter((f) => f.rule === "rate-base-mismatch")).toHaveLength(3);
  });

  it("stops quietly when the reader of its output goes away (| head)", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${bin}" check samples/hunan-province-2024.json | head -n 1; echo "status \${PIPESTATUS[0]}"`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.stdout).toMatch(/^湖南省卫生健康委员会 2024 年度数据检查/);
    expect(r.stdout).toMatch(/status 1\n$/);
    expect(r.stderr).toBe("");
  });

  it("builds into a folder, leaving no temporary file, and refuses to overwrite its workbook", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bin-"));
    try {
      const build = (...extra: string[]) =>
        spawnSync(
          process.execPath,
          [bin, "build", "samples/hunan-province-2024.json", "--out", out, ...extra],
          {
            cwd: root,
            encoding: "utf8",
          },
        );
      expect(build().status).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual(["findings.json", "report.docx", "workbook.xlsx"]);
      const again = build();
      expect(again.status).toBe(2);
      expect(again.stderr).toContain("--force");
      expect(build("--force").status).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual(["findings.json", "report.docx", "workbook.xlsx"]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it("exits 2 with a one-line message for a file that does not exist", () => {
    const r = spawnSync(process.execPath, [bin, "check", "does-not-exist.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("does-not-exist.json");
  });
});
