/** The local manifest check: the real manifest passes; each kind of breakage is reported. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CommandFunction } from "../../src/commands/names";
import { checkManifest } from "../../src/tools/manifestCheck";

const functions = Object.values(CommandFunction);

const root = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const wordManifest = fs.readFileSync(path.join(root, "manifest-word.xml"), "utf8");
const exists = (rel: string) => fs.existsSync(path.join(root, rel));

describe("checkManifest", () => {
  it("passes the project's manifests, Excel's and Word's", () => {
    expect(checkManifest(manifest, exists, functions)).toEqual([]);
    expect(checkManifest(wordManifest, exists, functions)).toEqual([]);
  });

  it("each declares its host's minimum requirement set, and only that host's", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(manifest).not.toMatch(/WordApi|Host Name="Document"/);
    expect(wordManifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
    expect(wordManifest).not.toMatch(/ExcelApi|Host Name="Workbook"/);
  });

  it.each([
    [
      "no requirement set",
      (x: string) => x.replace(/<Requirements>[\s\S]*<\/Requirements>/, ""),
      /declare the minimum ExcelApi/,
    ],
    [
      "another host's set",
      (x: string) =>
        x.replace(
          '<Set Name="ExcelApi" MinVersion="1.8"/>',
          '<Set Name="ExcelApi" MinVersion="1.8"/><Set Name="WordApi" MinVersion="1.3"/>',
        ),
      /WordApi is another host's set/,
    ],
    [
      "two hosts",
      (x: string) => x.replace('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'),
      /one host/,
    ],
  ])("reports %s", (_what, edit, pattern) => {
    const problems = checkManifest(edit(manifest), exists, functions);
    expect(problems.map((p) => `${p.where}: ${p.problem}`).join("\n")).toMatch(pattern);
  });

  it("asks for ReadWriteDocument and nothing more, for the Workbook host", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
  });

  it.each([
    ["a bad GUID", (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"), /Id.*GUID/],
    [
      "an http URL",
      (x: string) =>
        x.replace("https://localhost:3000/assets/icon-16.png", "http://localhost:3000/assets/icon-16.png"),
      /https/,
    ],
    [
      "a missing resid",
      (x: string) => x.replace('resid="OpenPane.Tooltip"', 'resid="OpenPane.Nope"'),
      /OpenPane\.Nope is not defined/,
    ],
    [
      "a missing icon file",
      (x: string) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81\.png, which does not exist/,
    ],
    [
      "a page the build does not make",
      (x: string) =>
        x.replace("https://localhost:3000/commands.html", "https://localhost:3000/functions.html"),
      /functions\.html/,
    ],
    ["no host", (x: string) => x.replace('<Host Name="Workbook"/>', ""), /Workbook/],
    [
      "a bad permission",
      (x: string) =>
        x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
      /Permissions/,
    ],
    [
      "a short string too long",
      (x: string) => x.replace('DefaultValue="打开助手"', `DefaultValue="${"长".repeat(126)}"`),
      /longer than 125/,
    ],
    [
      "a duplicate resource id",
      (x: string) => x.replace('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.32x32"'),
      /defined twice/,
    ],
    [
      "a bad version",
      (x: string) => x.replace("<Version>0.1.0.0</Version>", "<Version>1.0</Version>"),
      /Version/,
    ],
    ["not XML", (x: string) => x.replace("</OfficeApp>", ""), /well-formed/],
    [
      "a function command the function file does not have",
      (x: string) =>
        x.replace("<FunctionName>checkWorkbook</FunctionName>", "<FunctionName>check</FunctionName>"),
      /FunctionName check is not associated/,
    ],
    [
      "a function command without a name",
      (x: string) => x.replace("<FunctionName>checkWorkbook</FunctionName>", "<FunctionName></FunctionName>"),
      /no FunctionName/,
    ],
    [
      "a function command without a function file",
      (x: string) => x.replace('<FunctionFile resid="Commands.Url"/>', ""),
      /needs a FunctionFile/,
    ],
  ])("reports %s", (_what, breakIt, pattern) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    const problems = checkManifest(broken, exists, functions);
    expect(problems.map((p) => `${p.where}: ${p.problem}`).join("\n")).toMatch(pattern);
  });
});
