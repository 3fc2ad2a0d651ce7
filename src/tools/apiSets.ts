/**
 * Which Office.js requirement sets the add-in's code needs, read from its source with the
 * TypeScript compiler: every use of a member of `Excel`, `Word` or `Office` is resolved to its
 * declaration in @types/office-js, whose documentation names the set that brought it
 * (`[Api set: ExcelApi 1.9]`). A use that needs more than the manifest declares must sit behind a
 * requirement check — an `if`, `?:`, `&&` or `||` whose condition asks `isSetSupported` (or a
 * `supports` function passed down from it), or an early return on such a check.
 */
import * as ts from "typescript";

/** A requirement set and version: `ExcelApi 1.9`. */
export interface ApiSet {
  readonly set: string;
  readonly version: string;
}

/** One use of an Office.js member. */
export interface ApiUse {
  readonly file: string;
  readonly line: number;
  /** `Excel.Range.dataValidation`. */
  readonly member: string;
  readonly needs: ApiSet;
  /** Whether a requirement check guards it. */
  readonly guarded: boolean;
}

const API_SET = /\[Api set: (\w+) ([\d.]+)/;

/** Compares dotted versions: 1.10 > 1.9. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The application-specific requirement sets a manifest can declare for its host. */
const HOST_SETS = new Set(["ExcelApi", "WordApi"]);

/** The requirement set a declaration's documentation names, if it is Office.js's and a host's. */
function setOf(symbol: ts.Symbol, checker: ts.TypeChecker): ApiSet | null {
  const declaration = symbol.declarations?.[0];
  if (!declaration || !declaration.getSourceFile().fileName.includes("@types/office-js")) return null;
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const tags = symbol
    .getJsDocTags(checker)
    .map((t) => ts.displayPartsToString(t.text))
    .join("\n");
  const m = API_SET.exec(`${text}\n${tags}`) ?? API_SET.exec(declaration.getFullText());
  return m && HOST_SETS.has(m[1]) ? { set: m[1], version: m[2] } : null;
}

/**
 * Whether an expression asks about a requirement set: a call of `isSetSupported` (or of a
 * `supports` function handed down from it), a `…_SET` constant, a `typeof … === "function"`
 * feature test — or a constant whose value asks one of these (`const canMerge = supports?.(…)`).
 */
function asksRequirement(node: ts.Node, checker: ts.TypeChecker, depth = 0): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      if (name === "isSetSupported" || name === "supports") found = true;
    }
    if (ts.isTypeOfExpression(n)) found = true;
    if (ts.isIdentifier(n)) {
      if (/_SET$/.test(n.text)) found = true;
      else if (depth < 3) {
        const declaration = checker.getSymbolAtLocation(n)?.valueDeclaration;
        if (
          declaration &&
          ts.isVariableDeclaration(declaration) &&
          declaration.initializer &&
          asksRequirement(declaration.initializer, checker, depth + 1)
        )
          found = true;
      }
    }
    n.forEachChild(visit);
  };
  visit(node);
  return found;
}

/** Whether a statement returns (or throws) when a requirement check fails, guarding what follows. */
function isEarlyExit(statement: ts.Statement, checker: ts.TypeChecker): boolean {
  if (!ts.isIfStatement(statement) || !asksRequirement(statement.expression, checker)) return false;
  const then = statement.thenStatement;
  const exits = (s: ts.Statement): boolean =>
    ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.some(exits));
  return exits(then);
}

/** Whether a use sits behind a requirement check. */
function isGuarded(node: ts.Node, checker: ts.TypeChecker): boolean {
  const asks = (n: ts.Node) => asksRequirement(n, checker);
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression && asks(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition && asks(parent.condition))
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      child === parent.right &&
      (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
        parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
      asks(parent.left)
    )
      return true;
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      const statements = parent.statements as ts.NodeArray<ts.Statement>;
      const at = statements.indexOf(child as ts.Statement);
      if (statements.slice(0, Math.max(0, at)).some((s) => isEarlyExit(s, checker))) return true;
    }
  }
  return false;
}

/**
 * The members a use reaches: the member itself, or — through a union (`anchor.insertTable` on a
 * `Paragraph | Range | Table`) — each type's own member, so that every one is checked and the
 * answer does not depend on the order the compiler happens to list the union's types in.
 */
function membersOf(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol[] {
  const declarations = symbol.declarations ?? [];
  if (declarations.length < 2) return [symbol];
  const own = new Set<ts.Symbol>();
  for (const declaration of declarations) {
    const name = ts.getNameOfDeclaration(declaration);
    const member = name && checker.getSymbolAtLocation(name);
    if (member) own.add(member);
  }
  return own.size ? [...own] : [symbol];
}

/**
 * Every use of an Office.js member that needs a requirement set, in the given files, with whether
 * a requirement check guards it.
 */
export function officeApiUses(files: readonly string[], options: ts.CompilerOptions): ApiUse[] {
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        const used = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
        for (const symbol of used ? membersOf(used, checker) : []) {
          const needs = setOf(symbol, checker);
          if (!needs) continue;
          const owner = symbol.declarations?.[0]?.parent;
          const ownerName =
            owner && (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner))
              ? owner.name?.text
              : "";
          uses.push({
            file: source.fileName,
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            member: `${ownerName ? `${ownerName}.` : ""}${symbol.getName()}`,
            needs,
            guarded: isGuarded(node, checker),
          });
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return uses;
}

/** The requirement sets a manifest declares (`<Requirements><Sets><Set Name MinVersion>`), by set. */
export function declaredSets(manifestXml: string): Map<string, string> {
  const sets = new Map<string, string>();
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  for (const m of requirements.matchAll(/<Set\s+Name="(\w+)"\s+MinVersion="([\d.]+)"\s*\/>/g))
    sets.set(m[1], m[2]);
  return sets;
}

/** The uses that need more than the manifest declares and are not guarded. */
export function unguardedBeyond(uses: readonly ApiUse[], declared: ReadonlyMap<string, string>): ApiUse[] {
  return uses.filter((u) => {
    const min = declared.get(u.needs.set);
    return !u.guarded && (min === undefined || compareVersions(u.needs.version, min) > 0);
  });
}
