/** The installed `jixiao` command, as a user runs it: compiled, in a child process. */
import { execFileSync, spawnSync } from "node:child_process";
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
