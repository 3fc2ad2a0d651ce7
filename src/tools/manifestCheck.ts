/**
 * A local check of manifest.xml for what Office would reject, without the online validation
 * service: the root and its required elements, a GUID id, https URLs that point at files the
 * build produces, every resource id referenced and defined once, string lengths, the host and
 * the permission.
 */
import { XMLParser } from "fast-xml-parser";

export interface ManifestProblem {
  readonly where: string;
  readonly problem: string;
}

/** The pages the webpack build writes (see webpack.config.js). */
export const BUILT_PAGES = ["taskpane.html", "commands.html", "dialog.html"] as const;
const PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadWriteDocument",
  "ReadWriteMailbox",
  "ReadItem",
  "ReadWriteItem",
];
const DEV_ORIGIN = "https://localhost:3000/";
/** The requirement set of each host's own API. */
const HOST_API_SETS: Readonly<Record<string, string>> = { Workbook: "ExcelApi", Document: "WordApi" };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every node of the tree with its path, depth first. */
function* walk(node: unknown, path: string): Generator<{ node: Node; path: string }> {
  for (const item of asList(node)) {
    if (!isNode(item)) continue;
    yield { node: item, path };
    for (const [key, child] of Object.entries(item))
      if (!key.startsWith("@_")) yield* walk(child, `${path}/${key}`);
  }
}

const textOf = (v: unknown): string | undefined =>
  typeof v === "string" || typeof v === "number"
    ? String(v)
    : isNode(v) && "#text" in v
      ? String(v["#text"])
      : undefined;

/**
 * Checks a manifest's XML. `fileExists` answers for paths relative to the project root (e.g.
 * `assets/icon-32.png`). Returns the problems found; none means the manifest passes.
 */
export function checkManifest(
  xml: string,
  fileExists: (relPath: string) => boolean,
  /** The function names the function file associates; each ExecuteFunction must use one. */
  functionNames: readonly string[] = [],
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const fail = (where: string, problem: string) => problems.push({ where, problem });
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false }).parse(
      xml,
      true,
    ) as Node;
  } catch (error) {
    return [{ where: "manifest.xml", problem: `not well-formed XML: ${(error as Error).message}` }];
  }
  const app = doc.OfficeApp;
  if (!isNode(app)) return [{ where: "/", problem: "the root element must be OfficeApp" }];
  if (app["@_type"] !== "TaskPaneApp")
    fail("OfficeApp", `xsi:type must be TaskPaneApp, not ${String(app["@_type"])}`);
  const id = textOf(app.Id);
  if (!id || !GUID.test(id)) fail("Id", `must be a GUID, not ${JSON.stringify(id)}`);
  const version = textOf(app.Version);
  if (!version || !/^\d+(\.\d+){3}$/.test(version))
    fail("Version", `must be n.n.n.n, not ${JSON.stringify(version)}`);
  for (const name of ["ProviderName", "DefaultLocale"]) if (!textOf(app[name])) fail(name, "is required");
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = app[name];
    if (!isNode(el) || !el["@_DefaultValue"]) fail(name, "is required, with a DefaultValue");
  }
  const source = isNode(app.DefaultSettings) ? app.DefaultSettings.SourceLocation : undefined;
  if (!isNode(source) || !source["@_DefaultValue"])
    fail("DefaultSettings/SourceLocation", "is required, with a DefaultValue");
  const hosts = isNode(app.Hosts)
    ? asList(app.Hosts.Host).map((h) => (isNode(h) ? String(h["@_Name"]) : ""))
    : [];
  if (hosts.length !== 1 || !(hosts[0] in HOST_API_SETS))
    fail("Hosts", `must name one host, Workbook (Excel) or Document (Word), not ${JSON.stringify(hosts)}`);
  // The minimum requirement set of the host's API: Office activates the add-in only where every
  // set listed is supported, so a set of another host would hide it there.
  const sets =
    isNode(app.Requirements) && isNode(app.Requirements.Sets) ? asList(app.Requirements.Sets.Set) : [];
  const declared = sets.flatMap((s) => (isNode(s) ? [String(s["@_Name"])] : []));
  const api = HOST_API_SETS[hosts[0]];
  if (api && !declared.includes(api))
    fail("Requirements", `must declare the minimum ${api} set the code needs`);
  for (const name of declared)
    if (Object.values(HOST_API_SETS).includes(name) && name !== api)
      fail(
        "Requirements",
        `${name} is another host's set: Office would not activate the add-in in ${hosts[0]}`,
      );
  const permission = textOf(app.Permissions);
  if (!permission || !PERMISSIONS.includes(permission))
    fail("Permissions", `must be one of ${PERMISSIONS.join(", ")}, not ${JSON.stringify(permission)}`);

  // URLs: https, and pointing at something the build produces.
  const urls: { where: string; url: string }[] = [];
  for (const { node, path } of walk(app, "OfficeApp")) {
    const dv = node["@_DefaultValue"];
    if (typeof dv === "string" && /^[a-z]+:\/\//i.test(dv))
      urls.push({ where: `${path}${node["@_id"] ? `[${node["@_id"]}]` : ""}`, url: dv });
  }
  if (isNode(app.AppDomains))
    for (const d of asList(app.AppDomains.AppDomain))
      if (textOf(d)) urls.push({ where: "AppDomains", url: textOf(d) as string });
  for (const { where, url } of urls) {
    if (!url.startsWith("https://")) {
      fail(where, `URL must use https: ${url}`);
      continue;
    }
    if (!url.startsWith(DEV_ORIGIN)) continue;
    const rel = url.slice(DEV_ORIGIN.length).replace(/[?#].*$/, "");
    if (rel.startsWith("assets/")) {
      if (!fileExists(rel)) fail(where, `points at ${rel}, which does not exist`);
    } else if (rel.endsWith(".html")) {
      if (!(BUILT_PAGES as readonly string[]).includes(rel))
        fail(where, `points at ${rel}, which the build does not produce`);
    }
  }

  // Resources: every id defined once, every resid defined, strings within their limits.
  const vo = app.VersionOverrides;
  if (isNode(vo)) {
    const resources = isNode(vo.Resources) ? vo.Resources : {};
    const defined = new Map<string, string>();
    for (const [group, item, limit] of [
      ["Images", "Image", 0],
      ["Urls", "Url", 0],
      ["ShortStrings", "String", 125],
      ["LongStrings", "String", 250],
    ] as const) {
      const list = isNode(resources[group]) ? asList((resources[group] as Node)[item]) : [];
      for (const r of list) {
        if (!isNode(r)) continue;
        const rid = String(r["@_id"] ?? "");
        if (defined.has(rid)) fail(`Resources/${group}`, `id ${rid} is defined twice`);
        defined.set(rid, group);
        const value = String(r["@_DefaultValue"] ?? "");
        if (!value) fail(`Resources/${group}[${rid}]`, "has no DefaultValue");
        if (limit && [...value].length > limit)
          fail(`Resources/${group}[${rid}]`, `is longer than ${limit} characters`);
      }
    }
    // Function commands: a FunctionName the function file associates, and a FunctionFile in that host.
    for (const { node: host, path: hostPath } of walk(vo, "VersionOverrides"))
      for (const { node, path } of walk(host.DesktopFormFactor, `${hostPath}/DesktopFormFactor`)) {
        if (node["@_type"] !== "ExecuteFunction") continue;
        const name = textOf(node.FunctionName) ?? "";
        if (!name) fail(path, "ExecuteFunction has no FunctionName");
        else if (functionNames.length && !functionNames.includes(name))
          fail(path, `FunctionName ${name} is not associated by the function file`);
        if (!isNode(host.DesktopFormFactor) || !host.DesktopFormFactor.FunctionFile)
          fail(path, "ExecuteFunction needs a FunctionFile in its host");
      }
    for (const { node, path } of walk(vo, "VersionOverrides")) {
      const rid = node["@_resid"];
      if (typeof rid === "string" && !defined.has(rid))
        fail(path, `resid ${rid} is not defined in Resources`);
      if (typeof rid === "string" && rid.length > 32) fail(path, `resid ${rid} is longer than 32 characters`);
    }
  }
  return problems;
}
