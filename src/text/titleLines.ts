/**
 * Breaking a document title into lines as GB/T 9704-2012 §7.3.3 asks: at word boundaries
 * (词意完整), at most a few lines, in a 梯形 (lines growing or shrinking) or 菱形 (the middle
 * line longest) shape. Words come from `Intl.Segmenter` (built into Node and every browser the
 * pane runs in); the pieces it splits that are one term here (委员|会, 自|评) are joined by a
 * list the caller passes, lone characters stick to their word (益|阳|市, 番禺|区), and a figure
 * stays with what follows it (2024|年度).
 */
import { displayWidth } from "./width";

/** How to break a title. */
export interface TitleBreakOptions {
  /** The widest line, in characters of the title's size (a half-width character counts ½). */
  readonly maxChars: number;
  /** At most this many lines; default 3. */
  readonly maxLines?: number;
  /** Terms never broken, even where the segmenter splits them. */
  readonly fixedTerms?: readonly string[];
  /** Offsets (in UTF-16 units) where a break reads best, e.g. after the unit's name. */
  readonly preferredBreaks?: readonly number[];
}

/** A piece of the title that is never broken, with its offset. */
interface Token {
  readonly start: number;
  readonly text: string;
}

const HAN = /^\p{Script=Han}$/u;
const FIGURE = /^[0-9０-９.]+$/u;

/** Width in characters of the title's size: CJK 1, half-width ½. */
export function titleWidth(text: string): number {
  return displayWidth(text) / 2;
}

/** The unbreakable pieces of a title: segmenter words, joined where they form one term. */
export function titleTokens(title: string, fixedTerms: readonly string[] = []): string[] {
  return tokens(title, fixedTerms).map((t) => t.text);
}

function tokens(title: string, fixedTerms: readonly string[]): Token[] {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const boundaries = new Set<number>();
  for (const s of segmenter.segment(title)) boundaries.add(s.index);
  boundaries.add(title.length);
  // No boundary inside an occurrence of a fixed term.
  for (const term of fixedTerms) {
    if (!term) continue;
    for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1))
      for (let i = at + 1; i < at + term.length; i++) boundaries.delete(i);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  let pieces: Token[] = [];
  for (let i = 0; i + 1 < cuts.length; i++)
    pieces.push({ start: cuts[i], text: title.slice(cuts[i], cuts[i + 1]) });
  pieces = joinLoneCharacters(pieces);
  // A figure belongs to what follows it (2024年度, 13个).
  const out: Token[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && FIGURE.test(last.text)) out[out.length - 1] = { start: last.start, text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

const isLone = (t: Token) => [...t.text].length === 1 && HAN.test(t.text);
/** Characters that end the name of a place or a body (番禺|区, 卫生健康|局, 委员|会). */
const SUFFIXES = /^[省市县区州旗盟局厅委会办院所站处科]$/u;

/**
 * Lone Han characters are rarely words on their own in a title: a suffix (区, 局, 会 …) belongs to
 * the word before it (番禺|区, 测试|县); the rest of a run of them is one word (资|阳|区 → 资阳区);
 * a single one that is left begins the word after it (中|医药), or ends the word before it when
 * nothing Chinese follows.
 */
function joinLoneCharacters(pieces: readonly Token[]): Token[] {
  const out: Token[] = [];
  const joinBefore = (t: Token) => {
    const before = out.at(-1);
    if (!before || !/\p{Script=Han}$/u.test(before.text)) return false;
    out[out.length - 1] = { start: before.start, text: before.text + t.text };
    return true;
  };
  for (let i = 0; i < pieces.length;) {
    if (!isLone(pieces[i])) {
      out.push(pieces[i++]);
      continue;
    }
    let j = i;
    while (j < pieces.length && isLone(pieces[j])) j++;
    // Leading suffixes end the word before the run.
    while (i < j && SUFFIXES.test(pieces[i].text) && joinBefore(pieces[i])) i++;
    if (i === j) continue;
    const run: Token = {
      start: pieces[i].start,
      text: pieces
        .slice(i, j)
        .map((p) => p.text)
        .join(""),
    };
    if (j - i === 1 && j < pieces.length && /^\p{Script=Han}/u.test(pieces[j].text)) {
      out.push({ start: run.start, text: run.text + pieces[j].text });
      j++;
    } else if (j - i > 1 || !joinBefore(run)) out.push(run);
    i = j;
  }
  return out;
}

interface Candidate {
  readonly lines: string[];
  readonly widths: number[];
  readonly breaks: number[];
}

/** Every way to cut the tokens into `count` non-empty lines. */
function* splits(list: readonly Token[], count: number, title: string): Generator<Candidate> {
  const n = list.length;
  const line = (from: number, to: number) =>
    title.slice(list[from].start, to < n ? list[to].start : title.length);
  function* cut(from: number, left: number, acc: number[]): Generator<number[]> {
    if (left === 1) {
      yield acc;
      return;
    }
    for (let k = from + 1; k <= n - left + 1; k++) yield* cut(k, left - 1, [...acc, k]);
  }
  for (const cuts of cut(0, count, [])) {
    const edges = [0, ...cuts, n];
    const lines = edges.slice(0, -1).map((from, i) => line(from, edges[i + 1]));
    yield {
      lines,
      widths: lines.map(titleWidth),
      breaks: cuts.map((k) => list[k].start),
    };
  }
}

/** 梯形: lines growing or shrinking; 菱形: the middle line longest. Two lines are always a 梯形. */
export function isTitleShape(widths: readonly number[]): boolean {
  if (widths.length <= 2) return true;
  const rising = widths.every((w, i) => i === 0 || w >= widths[i - 1]);
  const falling = widths.every((w, i) => i === 0 || w <= widths[i - 1]);
  const diamond =
    widths.length === 3 &&
    widths[1] >= widths[0] &&
    widths[1] >= widths[2] &&
    widths[1] > Math.min(...widths);
  return rising || falling || diamond;
}

/**
 * The title's lines: the fewest lines that fit `maxChars`, cut only between words, in a 梯形 or
 * 菱形 shape, as even as possible — first among the cuts at a preferred break (even at one more
 * line), then among all. A title that fits no way within `maxLines` gets the cut whose widest line
 * is narrowest.
 */
export function breakTitle(title: string, options: TitleBreakOptions): string[] {
  const text = title.trim();
  if (!text) return [];
  const maxLines = options.maxLines ?? 3;
  // Without a word segmenter (a WebView older than Intl.Segmenter) the title stays whole rather
  // than risk a break inside a word.
  if (titleWidth(text) <= options.maxChars || typeof Intl.Segmenter !== "function") return [text];
  const list = tokens(text, options.fixedTerms ?? []);
  const preferred = new Set(options.preferredBreaks ?? []);
  const usesPreferred = (c: Candidate) => c.breaks.some((b) => preferred.has(b));
  const shaped = (c: Candidate) => isTitleShape(c.widths);
  const cost = (c: Candidate) => Math.max(...c.widths) - Math.min(...c.widths) + (shaped(c) ? 0 : 100);
  let fallback: Candidate | undefined;
  // Fewest lines first within each pass: a 梯形/菱形 cut at a preferred break (one more line is
  // better than a name cut in two), then any 梯形/菱形, then anything that fits.
  const passes: ((c: Candidate) => boolean)[] = [(c) => shaped(c) && usesPreferred(c), shaped, () => true];
  for (const accept of preferred.size ? passes : passes.slice(1)) {
    for (let count = 2; count <= Math.min(maxLines, list.length); count++) {
      let best: Candidate | undefined;
      for (const c of splits(list, count, text)) {
        if (!fallback || Math.max(...c.widths) < Math.max(...fallback.widths)) fallback = c;
        if (Math.max(...c.widths) > options.maxChars || !accept(c)) continue;
        if (!best || cost(c) < cost(best)) best = c;
      }
      if (best) return best.lines;
    }
  }
  return fallback ? fallback.lines : [text];
}
