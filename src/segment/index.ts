import {
  isCloser,
  isDash,
  isDigit,
  isLineBreak,
  isOpener,
  isSpace,
  isSuperscriptDigit,
  isTerminator,
  letterCase,
} from './chars.ts';
import { collapseSpace, prepare } from './clean.ts';
import { decide, readNext } from './decide.ts';
import { findListMarkers, layoutLists } from './lists.ts';
import { findEnclosures } from './spans.ts';

/** A sentence of plain text, by offsets into the text given to `splitSentences`. */
export interface SentenceSpan {
  /**
   * The sentence as a reader sees it (its display form): the slice `start…end` with inline HTML tags
   * and formatting codes removed, block tags and written-out line breaks ("\\n") as spaces, typewriter
   * quotes straightened, rules ("////", "====") and dot runs inside text ("dots........please")
   * removed, and white space collapsed to single spaces. Not a slice of the input: use the offsets
   * to point into it.
   */
  text: string;
  /** Offset of the sentence's first character in the input. */
  start: number;
  /** Offset just after its last character (exclusive). */
  end: number;
}

const TERMINATORS = /[.!?\u2026\u203c\u2047-\u2049\u203d]/;
const BULLETS = /[\u2022\u25e6\u25aa\u2023\u25cf\u2219]/g;

let segmenter: Intl.Segmenter | undefined;

/** Intl.Segmenter gets slower per sentence as its input grows (V8), so long text goes in windows. */
const WINDOW = 4096;
/** Context on each side of a window: Intl's rules look only a few words back and ahead. */
const MARGIN = 256;

/**
 * Intl.Segmenter breaks a sentence only after a sentence terminator of some script or a paragraph
 * separator (Unicode's sentence-break rules; line breaks are flattened to spaces first): text with
 * neither has no break to find, and the segmenter need not run.
 */
const INTL_TRIGGER = /[\p{Sentence_Terminal}\u0085\u2024\ufe52\uff0e]/u;

/** Terminators Intl knows and our own rules do not ("。", "।", "؟"): Intl's breaks after them are kept. */
const OTHER_TERMINAL = new RegExp(`(?!${TERMINATORS.source})${INTL_TRIGGER.source}`, 'u');

/** Moves a cut off the low half of a surrogate pair. */
function cutAt(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(i, text.length));
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i + 1 : i;
}

/**
 * Offsets where Intl.Segmenter starts a sentence (0 excluded), in order. Line breaks are decided by our
 * own rules, so Intl sees them as spaces (same length, same offsets).
 */
function intlBreaks(text: string): number[] {
  const out: number[] = [];
  if (!INTL_TRIGGER.test(text)) return out;
  const flat = text.replace(/[\n\r\v\f\u2028\u2029]/g, ' ');
  for (let from = 0; from < flat.length; ) {
    const to = cutAt(flat, from + WINDOW);
    const lo = cutAt(flat, from - MARGIN);
    const hi = cutAt(flat, to + MARGIN);
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const part of segmenter.segment(flat.slice(lo, hi))) {
      const at = lo + part.index;
      if (at > from && at <= to && at < flat.length) out.push(at);
    }
    from = to;
  }
  return out;
}

/** End of a citation marker starting with "[" at `i` ("[1]", "[1, 2]", "[2–11]", "[^a]"), or `i`. */
function citationEnd(text: string, i: number): number {
  const n = text.length;
  let k = i + 1;
  if (text.charCodeAt(k) === 94) {
    k++;
    const s = k;
    while (k < n && k - s < 24 && /[\w-]/.test(text[k] as string)) k++;
    return k > s && text.charCodeAt(k) === 93 ? k + 1 : i;
  }
  let groups = 0;
  while (k < n && k - i < 40) {
    const s = k;
    while (k < n && k - s < 4 && isDigit(text.charCodeAt(k))) k++;
    if (k === s) return i;
    groups++;
    while (k < n && text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    if (c === 93) return groups > 0 ? k + 1 : i;
    if (c !== 44 && !isDash(c)) return i;
    k++;
    while (k < n && text.charCodeAt(k) === 32) k++;
  }
  return i;
}

/**
 * Footnote numbers written right after a period: "consultation.11 12 Take…", "(1987).1 According…".
 * Only after a letter or a bracket (so not "1.000.00"), and only before a capitalised word.
 */
function footnoteDigitsEnd(text: string, dot: number): number {
  const n = text.length;
  const before = letterCase(text, dot - 1) !== undefined || text.charCodeAt(dot - 1) === 41;
  if (!before || !isDigit(text.charCodeAt(dot + 1))) return dot + 1;
  let k = dot + 1;
  for (let group = 0; group < 6; group++) {
    const s = k;
    while (k < n && k - s < 3 && isDigit(text.charCodeAt(k))) k++;
    if (k === s || (k < n && isDigit(text.charCodeAt(k)))) return dot + 1;
    const sep = text.charCodeAt(k);
    const after = text.charCodeAt(k + 1);
    if ((sep === 32 || sep === 44) && isDigit(after)) {
      k++;
      continue;
    }
    if (sep === 44 && text.charCodeAt(k + 1) === 32 && isDigit(text.charCodeAt(k + 2))) {
      k += 2;
      continue;
    }
    break;
  }
  if (k >= n) return k;
  if (!isSpace(text.charCodeAt(k))) return dot + 1;
  let w = k;
  while (w < n && isSpace(text.charCodeAt(w))) w++;
  return w >= n || letterCase(text, w) === 'upper' ? k : dot + 1;
}

/** End of the closing marks after a terminator run: quotes, brackets, citation markers, superscripts. */
function closersEnd(text: string, runStart: number, runEnd: number): number {
  const n = text.length;
  let k = runEnd;
  for (let guard = 0; guard < 64 && k < n; guard++) {
    const c = text.charCodeAt(k);
    if (isCloser(c) || isSuperscriptDigit(c)) {
      k++;
    } else if (c === 91) {
      const e = citationEnd(text, k);
      if (e === k) break;
      k = e;
    } else {
      break;
    }
  }
  if (k === runEnd && runEnd - runStart === 1 && text.charCodeAt(runStart) === 46) {
    k = footnoteDigitsEnd(text, runStart);
  }
  // A marker after a space still belongs to the sentence before it: "Washington. [1] Trump said".
  let s = k;
  while (s < n && s - k < 4 && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  if (s > k && text.charCodeAt(s) === 91) {
    let e = citationEnd(text, s);
    if (e > s) {
      for (let guard = 0; guard < 16 && text.charCodeAt(e) === 91; guard++) {
        const more = citationEnd(text, e);
        if (more === e) break;
        e = more;
      }
      k = e;
    }
  }
  return k;
}

/** Length of a spaced ellipsis starting with the period at `i` (". . ."), in periods; 1 when there is none. */
function spacedDots(text: string, i: number): number {
  let dots = 1;
  let k = i;
  while (text.charCodeAt(k + 1) === 32 && text.charCodeAt(k + 2) === 46) {
    dots++;
    k += 2;
  }
  return dots;
}

function skipSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Splits plain text into sentences. `start`/`end` are exact offsets into `text` (end exclusive);
 * leading and trailing white space is not part of a sentence; citation markers stay with the sentence
 * before them. `text` is the sentence's display form (see `SentenceSpan.text`): markup and noise are
 * removed from it, and white space is collapsed to single spaces.
 *
 * Cleaning comes first (`prepare` in `./clean.ts`), so HTML tags are transparent to boundary decisions
 * ("<em>Yes.</em> <em>It is</em>!" gives "Yes." and "It is!"), block tags and written-out "\\n" act
 * as line breaks, and noise such as "////" or "........" neither starts nor ends a sentence.
 *
 * Intl.Segmenter proposes breaks; our pass re-decides every break at a Latin terminator (abbreviations,
 * initials, numbers, quotations, citation markers) and adds the breaks it misses (list items, bullets,
 * line breaks, footnote numbers). Breaks after other scripts' terminators ("。") are Intl's.
 *
 * Line breaks: a blank line always ends a sentence; a single line break does too, unless the next line
 * starts with a lowercase letter, or with "(" after a line ending in a space (a wrapped line).
 *
 * Not sentences, so not returned: pure white space, stretches with no letter or digit once cleaned
 * (tags alone, "/", "----"), and a lone number on a line of its own (a page number). A line of spaced
 * marks between sections ("* * * * *") is kept as its own span.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const { view, from, to } = prepare(text);
  const cuts = splitView(view);
  const out: SentenceSpan[] = [];
  for (let k = 0; k < cuts.length; k += 2) {
    const s = cuts[k] as number;
    const e = cuts[k + 1] as number;
    const shown = view.slice(s, e);
    if (!WORD.test(shown) && !SECTION_BREAK.test(shown)) continue;
    const start = from ? (from[s] as number) : s;
    const end = to ? (to[e - 1] as number) : e;
    if (PAGE_NUMBER.test(shown) && aloneOnLine(text, start, end)) continue;
    out.push({ text: collapseSpace(shown), start, end });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const PAGE_NUMBER = /^\d{1,4}$/;
/** A line of spaced marks between sections ("* * *", "* * * * *"): kept, as it stands for a pause. */
const SECTION_BREAK = /^\s*([*#~•·])(?:[ \t]+\1){2,9}\s*$/;

/** Only white space between the stretch and the line breaks (or text edges) around it. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && !isLineBreak(text.charCodeAt(k)); k--) {
    if (!isSpace(text.charCodeAt(k))) return false;
  }
  for (let k = end; k < text.length && !isLineBreak(text.charCodeAt(k)); k++) {
    if (!isSpace(text.charCodeAt(k))) return false;
  }
  return true;
}

/** Sentence stretches `[start, end)` of cleaned text, trimmed of white space; see `splitSentences`. */
function splitView(text: string): number[] {
  const n = text.length;
  if (n === 0) return [];
  const starts = new Uint8Array(n + 1);
  const markers = findListMarkers(text);
  const markerAt = new Set(markers.map((m) => m.start));
  const lists = layoutLists(markers);
  for (const p of lists.itemStarts) starts[p] = 1;
  markLines(text, starts, markerAt);
  for (const m of text.matchAll(BULLETS)) {
    const i = m.index ?? 0;
    if (i === 0 || isSpace(text.charCodeAt(i - 1))) starts[i] = 1;
  }
  const { quotes, merged } = findEnclosures(text);
  markQuoteDashes(text, starts, quotes);

  // Intl's breaks are asked for only where our rules leave a boundary open, or after other scripts'
  // terminators: most texts need neither, and the segmenter is a third of the splitting time.
  let intl: number[] | undefined;
  let ip = 0;
  let ep = 0;
  const isSentenceStart = (p: number) => {
    if (starts[p]) return true;
    let k = p;
    while (k > 0 && p - k < 64 && isSpace(text.charCodeAt(k - 1))) k--;
    return k === 0;
  };
  const terminators = new RegExp(TERMINATORS.source, 'g');
  for (let found = terminators.exec(text); found; found = terminators.exec(text)) {
    let i = found.index;
    let runEnd = i + 1;
    while (runEnd < n && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    const runStart = i;
    let leading = -1; // where a spaced ellipsis that opens the next sentence starts
    if (runEnd - i === 1 && text.charCodeAt(i) === 46) {
      const dots = spacedDots(text, i);
      if (dots > 1) {
        const attached = i > 0 && !isSpace(text.charCodeAt(i - 1));
        if (attached && dots >= 4) {
          // "compounds. . . . The practice": a period, then an ellipsis that opens the next sentence.
          leading = i + 2;
          runEnd = i + 1 + 2 * (dots - 1);
        } else {
          runEnd = i + 1 + 2 * (dots - 1);
        }
      }
    }
    const closeEnd = leading >= 0 ? i + 1 : closersEnd(text, runStart, runEnd);
    const afterRun = leading >= 0 ? runEnd : closeEnd;
    i = Math.max(i, afterRun - 1);
    terminators.lastIndex = i + 1;
    if (afterRun < n && !isSpace(text.charCodeAt(afterRun))) continue;
    const next = skipSpace(text, afterRun);
    if (next >= n) continue;
    if (lists.labelDots.has(runStart) && runEnd - runStart === 1) continue;
    while (ep < merged.length && (merged[ep]?.close ?? 0) < runStart) ep++;
    const enclosure = merged[ep];
    if (enclosure && enclosure.open < runStart && closeEnd <= enclosure.close) continue;
    if (leading >= 0) {
      if (readNext(text, next).kind === 'upper') starts[leading] = 1;
      continue;
    }
    let decision = decide(text, { start: runStart, end: runEnd, next, isSentenceStart });
    if (decision === 'default') {
      intl ??= intlBreaks(text);
      while (ip < intl.length && (intl[ip] ?? 0) <= runStart) ip++;
      decision = ip < intl.length && (intl[ip] ?? 0) <= next ? 'break' : 'join';
    }
    if (decision === 'break') starts[next] = 1;
  }
  if (intl !== undefined || OTHER_TERMINAL.test(text))
    keepOtherIntlBreaks(text, starts, intl ?? intlBreaks(text));
  return assemble(text, starts);
}

/** Line-break rules; see `splitSentences`. */
function markLines(text: string, starts: Uint8Array, markerAt: Set<number>): void {
  const n = text.length;
  const lineBreaks = /[\n\r\v\f\u2028\u2029]/g;
  let floor = 0;
  for (let found = lineBreaks.exec(text); found; found = lineBreaks.exec(text)) {
    const firstBreak = found.index;
    let runStart = firstBreak;
    while (runStart > floor && isSpace(text.charCodeAt(runStart - 1))) runStart--;
    let i = firstBreak;
    let breaks = 0;
    while (i < n && isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (isLineBreak(c) && !(c === 10 && i > 0 && text.charCodeAt(i - 1) === 13)) breaks++;
      i++;
    }
    floor = i;
    lineBreaks.lastIndex = i;
    if (i >= n || runStart === 0) continue;
    if (breaks === 1) {
      const lc = letterCase(text, i);
      if (lc === 'lower' && !markerAt.has(i)) continue;
      if (text.charCodeAt(i) === 40 && firstBreak > runStart) continue;
    }
    starts[i] = 1;
  }
}

/** A quotation cut off with a dash, then a capitalised word: `… afore she comes, to--" At this moment`. */
function markQuoteDashes(text: string, starts: Uint8Array, quotes: { open: number; close: number }[]): void {
  for (const q of quotes) {
    if (!isDash(text.charCodeAt(q.close - 1))) continue;
    const after = q.close + 1;
    if (after >= text.length || !isSpace(text.charCodeAt(after))) continue;
    const next = skipSpace(text, after);
    if (next < text.length && readNext(text, next).kind === 'upper') starts[next] = 1;
  }
}

/** Keeps Intl's breaks that no rule of ours covers: after terminators of other scripts ("。", "।"). */
function keepOtherIntlBreaks(text: string, starts: Uint8Array, intl: number[]): void {
  for (const b of intl) {
    let k = b - 1;
    let line = false;
    while (k >= 0 && b - k < 64) {
      const c = text.charCodeAt(k);
      if (isLineBreak(c)) line = true;
      if (!(isSpace(c) || isCloser(c) || isOpener(c) || isDigit(c) || isSuperscriptDigit(c))) break;
      k--;
    }
    // Line breaks are ours; so are our terminators; a letter means Intl broke inside a marker or a word.
    if (line || k < 0 || b - k >= 64 || isTerminator(text.charCodeAt(k))) continue;
    if (/[\p{L}\p{N}]/u.test(text[k] as string)) continue;
    const at = skipSpace(text, b);
    if (at < text.length) starts[at] = 1;
  }
}

function assemble(text: string, starts: Uint8Array): number[] {
  const out: number[] = [];
  const n = text.length;
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(s, e);
  };
  for (let p = 1; p < n; p++) {
    if (starts[p]) {
      push(from, p);
      from = p;
    }
  }
  push(from, n);
  return out;
}
