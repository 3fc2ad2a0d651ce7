import { auditVerdict } from "../../src/tools/audit";

describe("the audit verdict", () => {
  it.each([
    [
      "no advisories",
      { metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } },
      "clean",
    ],
    [
      "moderate only",
      { metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0 } } },
      "clean",
    ],
    ["one high", { metadata: { vulnerabilities: { moderate: 1, high: 1, critical: 0 } } }, "vulnerable"],
    ["one critical", { metadata: { vulnerabilities: { critical: 1 } } }, "vulnerable"],
    [
      "the endpoint refused (405)",
      {
        statusCode: 405,
        message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      },
      "unavailable",
    ],
    ["nothing printed", {}, "unavailable"],
  ])("%s → %s", (_, json, kind) => {
    expect(auditVerdict(json).kind).toBe(kind);
  });

  it("counts high and critical advisories", () => {
    expect(auditVerdict({ metadata: { vulnerabilities: { high: 2, critical: 1 } } })).toEqual({
      kind: "vulnerable",
      high: 2,
      critical: 1,
    });
  });
});
