/**
 * Scanners for the fixed patterns of the analysis cues (the future, degree "so", first-person stance, the
 * openings of orders and of boilerplate). Each stands for the regular expression given in its comment
 * and finds what that expression's first match would, by looking at the few places where it may start:
 * a Unicode expression with look-behinds costs a millisecond or more to compile on its first use, which
 * a one-article run pays in full.
 *
 * Case-insensitive (`iu`) literals compare `fold`ed code units: a case-insensitive Unicode expression
 * matches "K" (Kelvin sign) for "k" and "ſ" (long s) for "s", and no other character for an ASCII letter.
 */
import { classAt, classBefore, fold, isSpace, LETTER, lowerLengthAt, NUMBER, PropertyTest } from './chars.ts';
import { type PhraseTrie, type Words, wordHash } from './cues.ts';

/** The code unit at `i` case-folded, or -1 past the end. */
function foldedAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : fold(c);
}

/** Whether `text` has `literal` (lower case) at `i`, case-insensitively as an `iu` expression compares. */
function foldedLiteralAt(text: string, i: number, literal: string): boolean {
  if (i + literal.length > text.length) return false;
  for (let k = 0; k < literal.length; k++) if (foldedAt(text, i + k) !== literal.charCodeAt(k)) return false;
  return true;
}

const letterAt = (text: string, i: number) => (classAt(text, i) & LETTER) !== 0;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Calls `at(text, i)` for each place of word `k` where a run of letters starts after a digit ("2nd" has one
 * at "n"), and at its start if it starts with a letter; stops at the first that gives >= 0, and returns
 * that. A pattern that starts with a letter after no letter (`(?<![\p{L}])`) can only start at these
 * places; words without digits have only the first.
 */
function atLetterStarts(words: Words, k: number, at: (text: string, i: number) => number): number {
  const text = words.text;
  const s = words.start[k] as number;
  const e = words.end[k] as number;
  for (let p = s; p < e; p++) {
    if ((text.charCodeAt(p) & 0xfc00) === 0xdc00 || (classAt(text, p) & LETTER) === 0) continue;
    if (p > s && (classBefore(text, p) & LETTER) !== 0) continue;
    const found = at(text, p);
    if (found >= 0) return found;
  }
  return -1;
}

/** Hashes (see `wordHash`) of the words a future form may open with: a pre-filter, the text decides. */
let futureHashes: Int32Array | undefined;
/** Start of the future form found by `futureAt`: the apostrophe of "'ll", else where it was asked. */
let futureStart = -1;

/**
 * End of the future form at `i`, a letter that starts a run, or -1: "'ll" when an apostrophe comes
 * before, else one of the first alternatives (the look-behind holds: no letter comes before).
 */
function futureAt(text: string, i: number): number {
  const before = i === 0 ? 0 : text.charCodeAt(i - 1);
  if (isApostrophe(before)) {
    futureStart = i - 1;
    return foldedAt(text, i) === 108 && foldedAt(text, i + 1) === 108 && !letterAt(text, i + 2) ? i + 2 : -1;
  }
  futureStart = i;
  // The alternatives differ by their first, second or fourth letter: at most one matches at a place.
  let end = -1;
  if (foldedLiteralAt(text, i, 'will')) end = i + 4;
  else if (
    foldedLiteralAt(text, i, 'won') &&
    isApostrophe(text.charCodeAt(i + 3)) &&
    foldedAt(text, i + 4) === 116
  )
    end = i + 5;
  else if (foldedLiteralAt(text, i, 'shall')) end = i + 5;
  else if (foldedLiteralAt(text, i, 'going to')) end = i + 8;
  else if (foldedLiteralAt(text, i, 'gonna')) end = i + 5;
  return end >= 0 && !letterAt(text, end) ? end : -1;
}

/**
 * The first future or conditional form:
 * `(?<![\p{L}'’])(?:will|won['’]t|shall|going to|gonna)(?![\p{L}])|['’]ll(?![\p{L}])` (`iu`), as
 * `[start, end]`. In a word without digits a form can only start at the word's start, and the word is
 * then the form's first word ("will", "won", "going", "ll"): its hash says whether to look.
 */
export function findFuture(words: Words): [number, number] | undefined {
  const text = words.text;
  futureHashes ??= Int32Array.from(['will', 'won', 'shall', 'going', 'gonna', 'll'], (w) => wordHash(w));
  const hashes = futureHashes;
  for (let k = 0; k < words.count; k++) {
    let end: number;
    if (((words.kinds[k] as number) & NUMBER) !== 0) end = atLetterStarts(words, k, futureAt);
    else {
      const h = words.hash[k] as number;
      if (
        h !== hashes[0] &&
        h !== hashes[1] &&
        h !== hashes[2] &&
        h !== hashes[3] &&
        h !== hashes[4] &&
        h !== hashes[5]
      )
        continue;
      end = futureAt(text, words.start[k] as number);
    }
    if (end >= 0) return [futureStart, end];
  }
  return undefined;
}

/** Words after which "so" is not a degree ("so that", "so far", "so the …"). */
const notDegree = [
  'that',
  'far',
  'much',
  'many',
  'long',
  'the',
  'a',
  'an',
  'on',
  'as',
  'it',
  'its',
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'this',
  'to',
  'too',
  'do',
  'did',
  'does',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'called',
  'forth',
  'in',
  'of',
  'for',
  'and',
  'or',
  'if',
];

/**
 * The first degree "so" before an adjective ("so bold"):
 * `(?<![\p{L}])so\s+(?!(?:that|far|…|if)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}'’-])` (`u`, case-sensitive).
 * White space and the run of lower-case letters are taken whole: giving any back leaves a space or a
 * letter where the expression wants something else.
 */
export function findSoAdjective(text: string): [number, number] | undefined {
  for (let i = text.indexOf('so'); i >= 0; i = text.indexOf('so', i + 1)) {
    if ((classBefore(text, i) & LETTER) !== 0) continue;
    let q = i + 2;
    if (q >= text.length || !isSpace(text.charCodeAt(q))) continue;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    if (notDegree.some((w) => text.startsWith(w, q) && !letterAt(text, q + w.length))) continue;
    let e = q;
    let letters = 0;
    for (let step = lowerLengthAt(text, e); step > 0; step = lowerLengthAt(text, e)) {
      e += step;
      letters++;
    }
    if (letters < 3 || letterAt(text, e)) continue;
    const after = text.charCodeAt(e);
    if (isApostrophe(after) || after === 45) continue;
    return [i, e];
  }
  return undefined;
}

/** What may come between "I"/"we" and the verb ("I don't want", "we strongly support"), in trial order. */
const stanceModifiers = [
  'do',
  "don't",
  'do not',
  'did not',
  "didn't",
  'really',
  'certainly',
  'also',
  'just',
  'strongly',
  'still',
  'truly',
  'simply',
  'personally',
  'firmly',
  'would',
  "'d",
];
/** Verbs of the speaker's own stance, in trial order. */
const stanceVerbs = [
  'think',
  'believe',
  'want',
  'feel',
  'hope',
  'intend',
  'plan',
  'propose',
  'support',
  'oppose',
  'favor',
  'favour',
  'prefer',
  'like',
  'urge',
  'know',
  'understand',
  'agree',
  'disagree',
  'doubt',
  'suspect',
  'wish',
  'trust',
  'expect',
  'reckon',
  'guess',
  'suppose',
  'regret',
  'fear',
  'worry',
  'care',
  'love',
  'hate',
  'adore',
  'admire',
  'applaud',
  'welcome',
  'appreciate',
];
/** Verbs by which the speaker says how sure they are of what follows: they frame, they do not judge. */
const epistemicVerbs = new Set([
  'think',
  'believe',
  'know',
  'understand',
  'suspect',
  'guess',
  'suppose',
  'reckon',
  'expect',
  'doubt',
]);

/** A first-person stance found: where it is and whether its verb frames rather than judges. */
export interface StanceMatch {
  start: number;
  end: number;
  framing: boolean;
}

/**
 * The first first-person stance: `(?<![\p{L}'])(?:i|we)(?:\s+(?:do|don't|…|'d))*\s+(?:think|…)(?![\p{L}])`
 * (`iu`). The modifiers are tried in the expression's order, and each choice is undone if no verb
 * follows ("do" before "do not"), as the expression backtracks.
 */
export function findFirstPersonStance(words: Words): StanceMatch | undefined {
  const text = words.text;
  subjectHashes ??= Int32Array.from(['i', 'we'], (w) => wordHash(w));
  for (let k = 0; k < words.count; k++) {
    let end: number;
    if (((words.kinds[k] as number) & NUMBER) !== 0) end = atLetterStarts(words, k, stanceAt);
    else {
      const h = words.hash[k] as number;
      if (h !== subjectHashes[0] && h !== subjectHashes[1]) continue;
      end = stanceAt(text, words.start[k] as number);
    }
    if (end >= 0) return { start: stanceStart, end, framing: epistemicVerbs.has(stanceVerb) };
  }
  return undefined;
}

/** Hashes of "i" and "we" (see `wordHash`): a pre-filter, the text decides. */
let subjectHashes: Int32Array | undefined;
/** Start and verb of the stance found by `stanceAt`. */
let stanceStart = -1;
let stanceVerb = '';

/** End of the stance whose subject starts at `i`, a letter that starts a run, or -1. */
function stanceAt(text: string, i: number): number {
  if (i > 0 && text.charCodeAt(i - 1) === 39) return -1;
  const f = foldedAt(text, i);
  const subject = f === 105 ? i + 1 : f === 119 && foldedAt(text, i + 1) === 101 ? i + 2 : -1;
  if (subject < 0) return -1;
  const found = stanceAfter(text, subject);
  if (!found) return -1;
  stanceStart = i;
  stanceVerb = found[1];
  return found[0];
}

/** From `p` (where white space must come), the end and the verb of the rest of a stance, or undefined. */
function stanceAfter(text: string, p: number): [number, string] | undefined {
  if (p >= text.length || !isSpace(text.charCodeAt(p))) return undefined;
  let q = p + 1;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  const f = foldedAt(text, q);
  if (f < 0 || f >= 128) return undefined;
  stanceStarts ??= {
    modifiers: byFirstCharacter(stanceModifiers),
    verbs: byFirstCharacter(stanceVerbs),
  };
  for (const m of stanceStarts.modifiers[f] ?? none) {
    if (!foldedLiteralAt(text, q, m)) continue;
    const rest = stanceAfter(text, q + m.length);
    if (rest) return rest;
  }
  for (const v of stanceStarts.verbs[f] ?? none)
    if (foldedLiteralAt(text, q, v) && !letterAt(text, q + v.length)) return [q + v.length, v];
  return undefined;
}

/** The modifiers and verbs of a stance by their first character (all ASCII), in trial order. */
let stanceStarts: { modifiers: string[][]; verbs: string[][] } | undefined;
const none: readonly string[] = [];
function byFirstCharacter(list: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const item of list) {
    const c = item.charCodeAt(0);
    const group = out[c];
    if (group) group.push(item);
    else out[c] = [item];
  }
  return out;
}

/** Words that may come before an order without changing it ("But look at …", "Now, go …"). */
const discourseWords = ['and', 'but', 'so', 'now', 'well', 'then', 'please', 'just'];
/** Quotation marks and brackets that may open a sentence: `["'“‘(]`. */
const isOpeningMark = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40;

/**
 * End of the order that opens the sentence, or -1:
 * `^[\s"'“‘(]*(?:(?:and|but|so|now|well|then|please|just)[\s,]+)*` and an opener of `openers` on word
 * boundaries (`iu`). No discourse word opens an opener or is one, so the words are taken greedily and the
 * opener is tried only where they end.
 */
export function imperativeEnd(text: string, openers: PhraseTrie): number {
  let p = 0;
  while (p < text.length && (isSpace(text.charCodeAt(p)) || isOpeningMark(text.charCodeAt(p)))) p++;
  for (;;) {
    const f = foldedAt(text, p);
    let word: string | undefined;
    for (const w of discourseWords) if (w.charCodeAt(0) === f && foldedLiteralAt(text, p, w)) word = w;
    if (word === undefined) break;
    let q = p + word.length;
    const spaced = q;
    while (q < text.length && (isSpace(text.charCodeAt(q)) || text.charCodeAt(q) === 44)) q++;
    if (q === spaced) break;
    p = q;
  }
  // The opener's look-behind: no letter, digit, apostrophe or hyphen before it.
  const before = p === 0 ? 0 : text.charCodeAt(p - 1);
  if (classBefore(text, p) !== 0 || before === 39 || before === 45) return -1;
  return openers.matchAt(text, p);
}

/**
 * Punctuation (`\p{P}`) by code unit, for the ASCII marks and the general punctuation block (U+2010 to
 * U+2027: dashes, quotation marks, daggers, the ellipsis); other code points ask the expression once.
 */
const punctuation = new PropertyTest(/\p{P}/u);
const asciiPunctuation = new Uint8Array(128);
for (const mark of '!"#%&\'()*,-./:;?@[\\]_{}') asciiPunctuation[mark.charCodeAt(0)] = 1;
function isPunctuationAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiPunctuation[c] as number;
  if (c >= 0x2010 && c <= 0x2027) return 1;
  return punctuation.lengthAt(text, i);
}

/** Sentence openings, grouped by their first character case-folded, so that a sentence tries only a few. */
export class Openings {
  private readonly byFirst = new Map<number, string[]>();
  constructor(list: readonly string[]) {
    for (const opening of list) {
      const c = fold(opening.charCodeAt(0));
      const group = this.byFirst.get(c);
      if (group) group.push(opening);
      else this.byFirst.set(c, [opening]);
    }
  }

  /**
   * Whether the sentence opens with one of the openings after white space and punctuation:
   * `^[\s\p{P}]*(?:opening|…)` (`iu`). No opening starts with white space or punctuation, so the lead
   * is skipped whole.
   */
  open(text: string): boolean {
    let p = 0;
    while (p < text.length) {
      if (isSpace(text.charCodeAt(p))) p++;
      else {
        const step = isPunctuationAt(text, p);
        if (step === 0) break;
        p += step;
      }
    }
    const group = this.byFirst.get(foldedAt(text, p));
    if (!group) return false;
    for (const opening of group) {
      if (p + opening.length > text.length) continue;
      let k = 1;
      while (k < opening.length && foldedAt(text, p + k) === fold(opening.charCodeAt(k))) k++;
      if (k === opening.length) return true;
    }
    return false;
  }
}

/** Whether `c` is a punctuation mark (`\p{P}`), for tests. */
export function isPunctuation(c: number): boolean {
  return isPunctuationAt(String.fromCharCode(c), 0) === 1;
}
