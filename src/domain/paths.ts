/**
 * Dataset paths. Inside the project a path is an array of segments — property names and list
 * indices (`["fundTables", 1, "rows", 5, "reportedRate"]`); it is written as text only at the
 * edge: finding JSON, the CLI, 检查结果's key column (`fundTables[1].rows[5].reportedRate`).
 * A path never reaches a property access without the field registry's check (`fields.ts`).
 */

/** One step of a path: a property name or a list index. */
export type Segment = string | number;

/** A location in a dataset, as segments from the root. */
export type Path = readonly Segment[];

/** The root of the dataset. */
export const ROOT: Path = [];

/** `a.b[3].c`: the text form of a path, for the edge (JSON, messages for developers, keys). */
export function pathText(path: Path): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

const TEXT_SEGMENT = /^[A-Za-z_$][\w$]*$/;

/**
 * Reads the text form of a path back into segments; null when the text is not one (a property
 * name must be an identifier, an index a non-negative integer). Used at the edge only (tests,
 * keys written by older versions); the result still goes through the registry before use.
 */
export function parsePathText(text: string): Path | null {
  if (text === "") return ROOT;
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "[") {
      const end = text.indexOf("]", i);
      const digits = end < 0 ? "" : text.slice(i + 1, end);
      if (!/^\d{1,9}$/.test(digits)) return null;
      out.push(Number(digits));
      i = end + 1;
      continue;
    }
    if (text[i] === ".") {
      if (out.length === 0) return null;
      i++;
    } else if (out.length > 0) return null;
    let end = i;
    while (end < text.length && text[end] !== "." && text[end] !== "[") end++;
    const name = text.slice(i, end);
    if (!TEXT_SEGMENT.test(name)) return null;
    out.push(name);
    i = end;
  }
  return out;
}

/** True when `path` starts with every segment of `prefix`. */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/** True when both paths have the same segments. */
export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && startsWith(a, b);
}
