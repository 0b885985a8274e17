import { isLineBreak, isSpace } from './chars.ts';

/** An enclosed stretch of text by the offsets of its opening and closing marks (both inclusive). */
export interface Enclosure {
  open: number;
  close: number;
}

/**
 * Quotations and parentheses longer than this are not kept whole: an unmatched mark would otherwise
 * glue the rest of a paragraph into one sentence.
 */
const MAX_ENCLOSURE = 1000;

export interface Enclosures {
  /** Quotations only, in order of their closing mark. */
  quotes: Enclosure[];
  /** Quotations and parentheses merged into outermost stretches, in text order, not overlapping. */
  merged: Enclosure[];
}

const OPENING_CONTEXT = new Set([40, 91, 123, 0x201c, 0x2018, 45, 0x2013, 0x2014, 47]);

function isLetterOrDigit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /^[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** A straight quote can open here: at the start, after space or an opening mark, before a non-space. */
function canOpen(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : Number.NaN;
  if (Number.isNaN(next) || isSpace(next)) return false;
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  return isSpace(prev) || OPENING_CONTEXT.has(prev);
}

/** A straight quote can close here: after a non-space, before the end, space or punctuation. */
function canClose(text: string, i: number): boolean {
  if (i === 0 || isSpace(text.charCodeAt(i - 1))) return false;
  return !isLetterOrDigit(text, i + 1);
}

/**
 * Finds quotations ("…", “…”, '…', ‘…’) and parentheses that are closed within the same paragraph.
 * Sentence breaks inside them are not made (a quotation stays with its speaker, a parenthesis with
 * its sentence). Apostrophes inside words ("they'll", "dragon’s") are neither openers nor closers.
 */
export function findEnclosures(text: string): Enclosures {
  const quotes: Enclosure[] = [];
  const parens: Enclosure[] = [];
  let straightDouble = -1;
  let curlyDouble = -1;
  let straightSingle = -1;
  let curlySingle = -1;
  let parenOpen = -1;
  let depth = 0;
  const keep = (list: Enclosure[], open: number, close: number) => {
    if (close - open <= MAX_ENCLOSURE) list.push({ open, close });
  };
  const n = text.length;
  const marks = /["'()\n\r\v\f\u2018\u2019\u201c\u201d\u2028\u2029]/g;
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    let i = found.index;
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      // A blank line ends the paragraph: nothing stays open across it.
      let j = i + 1;
      let breaks = 1;
      while (j < n && isSpace(text.charCodeAt(j))) {
        if (
          isLineBreak(text.charCodeAt(j)) &&
          !(text.charCodeAt(j) === 10 && text.charCodeAt(j - 1) === 13)
        ) {
          breaks++;
        }
        j++;
      }
      if (breaks >= 2) {
        straightDouble = curlyDouble = straightSingle = curlySingle = parenOpen = -1;
        depth = 0;
      }
      i = j - 1;
      marks.lastIndex = j;
      continue;
    }
    switch (c) {
      case 34: // "
        if (straightDouble < 0) {
          if (canOpen(text, i)) straightDouble = i;
        } else if (canClose(text, i)) {
          keep(quotes, straightDouble, i);
          straightDouble = -1;
        }
        break;
      case 0x201c: // “
        if (curlyDouble < 0) curlyDouble = i;
        break;
      case 0x201d: // ”
        if (curlyDouble >= 0) {
          keep(quotes, curlyDouble, i);
          curlyDouble = -1;
        }
        break;
      case 39: // '
        if (straightSingle < 0) {
          if (canOpen(text, i) && isLetterOrDigit(text, i + 1)) straightSingle = i;
        } else if (canClose(text, i)) {
          keep(quotes, straightSingle, i);
          straightSingle = -1;
        }
        break;
      case 0x2018: // ‘
        if (curlySingle < 0) curlySingle = i;
        break;
      case 0x2019: // ’ closes only when no letter follows (else it is an apostrophe)
        if (curlySingle >= 0 && !isLetterOrDigit(text, i + 1)) {
          keep(quotes, curlySingle, i);
          curlySingle = -1;
        }
        break;
      case 40: // (
        if (depth === 0) parenOpen = i;
        depth++;
        break;
      case 41: // )
        if (depth > 0) {
          depth--;
          if (depth === 0) keep(parens, parenOpen, i);
        }
        break;
    }
  }
  return { quotes, merged: merge(quotes, parens) };
}

function merge(a: Enclosure[], b: Enclosure[]): Enclosure[] {
  const all = [...a, ...b].sort((x, y) => x.open - y.open);
  const out: Enclosure[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last && e.open <= last.close) {
      if (e.close > last.close) last.close = e.close;
    } else {
      out.push({ open: e.open, close: e.close });
    }
  }
  return out;
}
