import { abbreviationKind, SENTENCE_STARTERS, TIME_CONTINUATIONS } from './abbreviations.ts';
import { isDigit, isOpener, isSpace, isTerminator, letterCase } from './chars.ts';

/** Whether a sentence ends at a terminator: yes, no, or "as Intl.Segmenter decided". */
export type Decision = 'break' | 'join' | 'default';

/** What follows a terminator, after its closing marks and white space. */
export interface Next {
  /** Case of the first letter after any opening quotes, brackets or dashes. */
  kind: 'upper' | 'lower' | 'letter' | 'digit' | 'other';
  /** That first letter comes right away (no opening mark before it). */
  direct: boolean;
  /** The word at that point, up to an apostrophe ("I'm" gives "I"). */
  word: string;
  /** The word is a single capital followed by a period (an initial). */
  initial: boolean;
  /** First character is an opening parenthesis. */
  paren: boolean;
}

const MAX_WORD = 24;

export function readNext(text: string, at: number): Next {
  const n = text.length;
  let k = at;
  while (k < n && k - at < 8 && (isOpener(text.charCodeAt(k)) || text.charCodeAt(k) === 32)) k++;
  const c = text.charCodeAt(k);
  const lc = letterCase(text, k);
  const kind: Next['kind'] = lc ?? (isDigit(c) ? 'digit' : 'other');
  let e = k;
  while (e < n && e - k < MAX_WORD && letterCase(text, e) !== undefined) e++;
  const word = text.slice(k, e);
  return {
    kind,
    direct: k === at,
    word,
    initial: word.length === 1 && text.charCodeAt(e) === 46,
    paren: text.charCodeAt(at) === 40,
  };
}

const MAX_TOKEN = 64;

/** Start of the non-space token that ends at `end` (exclusive), or -1 when it is longer than we look. */
function tokenStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_TOKEN && !isSpace(text.charCodeAt(s - 1))) s--;
  if (s > 0 && !isSpace(text.charCodeAt(s - 1))) return -1;
  return s;
}

function isStarter(next: Next): boolean {
  return next.kind === 'upper' && !next.initial && SENTENCE_STARTERS.has(next.word);
}

/**
 * A capital letter with a period: an initial ("Albert I. Jones", "J. K. Rowling") unless a sentence
 * starter follows, or the word before it is lowercase ("you and I. Did you…", "vitamin C. The…").
 */
function decideInitial(text: string, tokStart: number, next: Next, sentenceStart: boolean): Decision {
  if (next.kind !== 'upper') return 'default';
  if (isStarter(next)) return 'break';
  if (sentenceStart) return 'join';
  let p = tokStart;
  while (p > 0 && tokStart - p < MAX_TOKEN && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0) return 'join';
  const last = text.charCodeAt(p - 1);
  if (last === 44 || last === 59 || last === 58 || isTerminator(last)) return 'join';
  const s = tokenStart(text, p);
  if (s < 0) return 'join';
  let f = s;
  while (f < p && isOpener(text.charCodeAt(f))) f++;
  return letterCase(text, f) === 'lower' ? 'break' : 'join';
}

export interface Site {
  /** Offsets of the terminator run. */
  start: number;
  end: number;
  /** First offset after the closing marks and white space (the would-be next sentence start). */
  next: number;
  /** The token the terminator ends starts a sentence (text start, line start or after a break). */
  isSentenceStart: (tokStart: number) => boolean;
}

/** Decides one terminator run followed by white space and more text. */
export function decide(text: string, site: Site): Decision {
  const { start, end } = site;
  const next = readNext(text, site.next);
  let period = true;
  for (let k = start; k < end && k - start < 8; k++) if (text.charCodeAt(k) !== 46) period = false;
  if (!period || end - start > 1) {
    const hasQuestion = /[?!‼⁇⁈⁉‽]/.test(text.slice(start, Math.min(end, start + 8)));
    if (!hasQuestion) {
      // An ellipsis in brackets marks an omission ("Bohr […] used"), not an end.
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      if ((before === 91 || before === 40) && (after === 93 || after === 41)) return 'join';
    }
    if (next.kind === 'lower') return 'join';
    if (next.kind === 'upper' || next.kind === 'letter') return 'break';
    return hasQuestion && next.kind === 'digit' ? 'break' : 'default';
  }

  // A single period: look at the token it ends.
  if (next.kind === 'lower') return 'join';
  let tokStart = tokenStart(text, start);
  if (tokStart < 0) return next.kind === 'upper' ? 'break' : 'default';
  while (tokStart < start && isOpener(text.charCodeAt(tokStart))) tokStart++;
  const token = text.slice(tokStart, end);
  const digitNext = isDigit(text.charCodeAt(site.next));
  switch (abbreviationKind(token)) {
    case 'title':
    case 'never':
      return 'join';
    case 'number':
      if (digitNext) return 'join';
      break;
    case 'month':
    case 'acronym':
      if (digitNext) return 'join';
      if (next.kind === 'upper') return isStarter(next) ? 'break' : 'join';
      break;
    case 'time':
      if (digitNext) return 'join';
      if (next.kind === 'upper') return TIME_CONTINUATIONS.has(next.word) ? 'join' : 'break';
      break;
    case 'suffix':
      // "Inc. (“Company A”)" defines a name; "Co. It closed" starts a sentence.
      if (next.paren) return 'join';
      break;
    default:
      if (token.length === 2 && letterCase(text, tokStart) === 'upper') {
        return decideInitial(text, tokStart, next, site.isSentenceStart(tokStart));
      }
  }
  if (next.kind === 'upper' || next.kind === 'letter') return 'break';
  return 'default';
}
