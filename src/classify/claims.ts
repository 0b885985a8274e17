/**
 * Claim cues: what in a reported fact a reader could check (a number, a date, a name, a comparison, an
 * event). Each finder walks the sentence's words once (see `wordsOf`); the expression each one stands
 * for is given in its comment, and the finders return what that expression's first match would.
 */
import { classAt, classBefore, isSpace, isUpperAt, LETTER, lowerLengthAt, NUMBER } from './chars.ts';
import { type PhraseTrie, phraseList, type WordIndex, type Words, wordSet } from './cues.ts';
import {
  comparisons,
  irregularPast,
  months,
  notEvents,
  numberWords,
  openers,
  tensWords,
  timeWords,
  unitWords,
  weekdays,
} from './lexicon/claims.ts';

/** The claim phrase lists, in the shared word index. */
export interface ClaimLists {
  numberWords: PhraseTrie;
  tens: PhraseTrie;
  units: PhraseTrie;
  calendar: PhraseTrie;
  time: PhraseTrie;
  comparisons: PhraseTrie;
  irregularPast: PhraseTrie;
}

export function claimLists(index: WordIndex): ClaimLists {
  return {
    numberWords: phraseList(index, numberWords),
    tens: phraseList(index, tensWords),
    units: phraseList(index, unitWords),
    // Months and weekdays are names: matched capitalised only.
    calendar: phraseList(index, [...months, ...weekdays], true),
    time: phraseList(index, timeWords),
    comparisons: phraseList(index, comparisons),
    irregularPast: phraseList(index, irregularPast, true),
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const currency = /[$£€¥]/g;
/** `\w` of an expression without the `i` flag: ASCII letters, digits and "_". */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The first number: `[$£€¥]\s?\d`, or a digit after no letter with its digits, commas and points and a
 * following "%", "percent" or "per cent" (`(?<!\p{L})\d[\d,.]*\s?(?:%|percent|per cent)?`), or a
 * hyphenated spelled-out number ("twenty-five"), or a number word ("dozens", "per cent").
 */
export function findNumber(words: Words, lists: ClaimLists): string | undefined {
  const text = words.text;
  let start = -1;
  let end = -1;
  // "twenty-five": a tens word, a hyphen and a unit word, each a whole word.
  const tensBit = 1 << lists.tens.bit;
  for (let k = 0; k + 1 < words.count; k++) {
    if (((words.mask[k] as number) & tensBit) === 0) continue;
    const s = words.start[k] as number;
    const e = words.end[k] as number;
    if (text.charCodeAt(e) !== 45 || words.start[k + 1] !== e + 1) continue;
    if (!lists.tens.spans(text, s, e) || !lists.units.spans(text, e + 1, words.end[k + 1] as number))
      continue;
    start = s;
    end = words.end[k + 1] as number;
    break;
  }
  const word = lists.numberWords.first(words);
  if (word && (start < 0 || word[0] < start)) [start, end] = word;
  const limit = start < 0 ? text.length : start;
  // The first digit after no letter; digits are only in words that have one.
  let digit = -1;
  for (let k = 0; k < words.count && digit < 0; k++) {
    const s = words.start[k] as number;
    if (s >= limit) break;
    if (((words.kinds[k] as number) & NUMBER) === 0) continue;
    const e = Math.min(words.end[k] as number, limit);
    for (let i = s; i < e; i++) {
      if (isDigit(text.charCodeAt(i)) && (classBefore(text, i) & LETTER) === 0) {
        digit = i;
        break;
      }
    }
  }
  // A currency sign before a digit, if one comes first.
  const before = digit >= 0 ? digit : limit;
  currency.lastIndex = 0;
  const signs = !words.ascii || text.indexOf('$') >= 0;
  for (let m = signs ? currency.exec(text) : null; m !== null && m.index < before; m = currency.exec(text)) {
    const i = m.index;
    if (isDigit(text.charCodeAt(i + 1))) return text.slice(i, i + 2);
    if (isSpace(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) return text.slice(i, i + 3);
  }
  if (digit >= 0) {
    let j = digit + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (!(isDigit(d) || d === 44 || d === 46)) break;
      j++;
    }
    if (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 37) j++;
    else if (startsWithFolded(text, j, 'percent')) j += 7;
    else if (startsWithFolded(text, j, 'per cent')) j += 8;
    return text.slice(digit, j).trim();
  }
  return start < 0 ? undefined : text.slice(start, end).trim();
}

/** Whether `text` has the ASCII lower-case `word` at `i`, in any case. */
function startsWithFolded(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** Words before "May" that make it the month ("in May", "since May", "mid- May"). */
const beforeMay = ['in', 'on', 'since', 'by', 'until', 'last', 'next', 'early', 'late', 'mid-'];

/**
 * The first calendar date: a month or weekday by name, a year from 1500 to 2099 or a decade ("1990s")
 * as a whole word, "May" before a number (`\bMay\s+\d`) or after a word that makes it the month
 * (`\b(?:in|on|…|mid-)\s+May\b`).
 */
export function findDate(words: Words, lists: ClaimLists): string | undefined {
  const text = words.text;
  let start = -1;
  let end = -1;
  const named = lists.calendar.first(words);
  if (named) [start, end] = named;
  for (let k = 0; k < words.count; k++) {
    const s = words.start[k] as number;
    if (start >= 0 && s >= start) break;
    const e = words.end[k] as number;
    if ((e - s === 4 || (e - s === 5 && text.charCodeAt(s + 4) === 115)) && isYear(text, s)) {
      start = s;
      end = e;
      break;
    }
  }
  for (let i = text.indexOf('May'); i >= 0 && (start < 0 || i < start); i = text.indexOf('May', i + 1)) {
    const after = text.charCodeAt(i + 3);
    if (!isWordChar(after)) {
      let j = i;
      while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
      if (j < i) {
        const word = beforeMay.find(
          (w) =>
            text.startsWith(w, j - w.length) &&
            (j === w.length || !isWordChar(text.charCodeAt(j - w.length - 1))),
        );
        if (word) {
          start = j - word.length;
          end = i + 3;
          break;
        }
      }
    }
    if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && isSpace(after)) {
      let j = i + 4;
      while (isSpace(text.charCodeAt(j))) j++;
      if (isDigit(text.charCodeAt(j))) {
        start = i;
        end = j + 1;
        break;
      }
    }
  }
  return start < 0 ? undefined : text.slice(start, end).trim();
}

/** `(?:1[5-9]|20)\d\d` at `s`. */
function isYear(text: string, s: number): boolean {
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  return (
    ((a === 49 && b >= 53 && b <= 57) || (a === 50 && b === 48)) &&
    isDigit(text.charCodeAt(s + 2)) &&
    isDigit(text.charCodeAt(s + 3))
  );
}

/** The first relative date or time ("yesterday", "last week", "since"). */
export function findTime(words: Words, lists: ClaimLists): string | undefined {
  const hit = lists.time.first(words);
  return hit ? words.text.slice(hit[0], hit[1]).trim() : undefined;
}

/** The first comparison or superlative of measure ("more than", "largest"). */
export function findComparison(words: Words, lists: ClaimLists): string | undefined {
  const hit = lists.comparisons.first(words);
  return hit ? words.text.slice(hit[0], hit[1]).trim() : undefined;
}

// "to be done", "can hit", "to set": after "to" or a modal the verb is a base form or a state, not an event.
const infinitives = new Set('to can could will would shall should must may might be'.split(' '));
// "is tasked", "I'm prepared", "feel confused": a state or a present passive, not something that happened.
const statives = new Set('am is are be being feel feels seem seems get gets'.split(' '));

/** Where the run of white space that ends at `end` starts. */
function spaceRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of letters (`\p{L}`, a surrogate pair as one) that ends at `end` starts. */
function letterRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && classBefore(text, i) & LETTER) {
    const d = text.charCodeAt(i - 1);
    i -= d >= 0xdc00 && d <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  }
  return i;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Whether `before` (the text before a word) ends with "to", a modal or "be" and white space, the word not
 * after a letter or apostrophe: `(?<![\p{L}'’])(?:to|can|…|be)\s+$`.
 */
export function infinitiveBefore(before: string): boolean {
  const end = spaceRunStart(before, before.length);
  if (end === before.length) return false;
  const start = letterRunStart(before, end);
  return (
    infinitives.has(before.slice(start, end)) && !(start > 0 && isApostrophe(before.charCodeAt(start - 1)))
  );
}

/** Whether a form of "be", "feel", "seem", "get" (a word of its own) or "'m", "'re", "'s" ends at `end`. */
function stativeEndsAt(text: string, end: number): boolean {
  if (statives.has(text.slice(letterRunStart(text, end), end))) return true;
  const last = text.charCodeAt(end - 1);
  if ((last === 109 || last === 115) && end >= 2) return isApostrophe(text.charCodeAt(end - 2));
  return (
    last === 101 && end >= 3 && text.charCodeAt(end - 2) === 114 && isApostrophe(text.charCodeAt(end - 3))
  );
}

/**
 * Whether `before` ends with a stative verb, white space and perhaps an "-ly" adverb and white space:
 * `(?:(?<![\p{L}])(?:am|is|…|gets)|['’](?:m|re|s))\s+(?:\p{L}+ly\s+)?$`.
 */
export function stativeBefore(before: string): boolean {
  const end = spaceRunStart(before, before.length);
  if (end === before.length) return false;
  if (stativeEndsAt(before, end)) return true;
  const adverb = letterRunStart(before, end);
  if (end - adverb < 3 || !before.endsWith('ly', end)) return false;
  const verbEnd = spaceRunStart(before, adverb);
  return verbEnd < adverb && stativeEndsAt(before, verbEnd);
}
let notEvent: ReadonlySet<string> | undefined;

/**
 * The first event: a regular past form (a run of a-z ending in "ed", after no letter, apostrophe or
 * hyphen and before no letter or hyphen, as `(?<![\p{L}'-])[a-z]+ed(?![\p{L}-])` finds it) that is not an
 * adjective or a state; else an irregular past form not after "to", a modal or "be".
 */
export function findEvent(words: Words, lists: ClaimLists): string | undefined {
  const text = words.text;
  notEvent ??= wordSet(notEvents);
  for (let k = 0; k < words.count; k++) {
    const s = words.start[k] as number;
    const e = words.end[k] as number;
    if (((words.kinds[k] as number) & NUMBER) === 0) {
      // Letters only: a run of a-z after no letter is the whole word.
      if (e - s < 3 || text.charCodeAt(e - 1) !== 100 || text.charCodeAt(e - 2) !== 101) continue;
      const before = s === 0 ? 0 : text.charCodeAt(s - 1);
      if (before === 39 || before === 45 || text.charCodeAt(e) === 45 || !isPlain(text, s, e - 2)) continue;
      const event = acceptedEvent(text, s, e, notEvent);
      if (event) return event;
      continue;
    }
    // A word of mixed characters: its runs of a-z after a digit or at its start.
    for (let p = s; p < e; ) {
      const c = text.charCodeAt(p);
      if (c < 97 || c > 122) {
        p += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      let q = p + 1;
      while (q < e && text.charCodeAt(q) >= 97 && text.charCodeAt(q) <= 122) q++;
      const before = p === 0 ? 0 : text.charCodeAt(p - 1);
      const open = p === s ? before !== 39 && before !== 45 : (classBefore(text, p) & LETTER) === 0;
      const close = q === e ? text.charCodeAt(q) !== 45 : (classAt(text, q) & LETTER) === 0;
      if (open && close && q - p >= 3 && text.charCodeAt(q - 1) === 100 && text.charCodeAt(q - 2) === 101) {
        const event = acceptedEvent(text, p, q, notEvent);
        if (event) return event;
      }
      p = q;
    }
  }
  let event: string | undefined;
  if (lists.irregularPast.absentFrom(words)) return undefined;
  lists.irregularPast.scan(words, 0, (start, end) => {
    const before = text.slice(Math.max(0, start - 24), start);
    if (infinitiveBefore(before) || stativeBefore(before)) return false;
    event = text.slice(start, end);
    return true;
  });
  return event;
}

/** Whether the characters from `s` to `e` are the letters a-z only. */
function isPlain(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function acceptedEvent(text: string, s: number, e: number, skip: ReadonlySet<string>): string | undefined {
  const word = text.slice(s, e);
  if (skip.has(word) || stativeBefore(text.slice(Math.max(0, s - 24), s))) return undefined;
  return word;
}

let notName: ReadonlySet<string> | undefined;
const firstPerson = /^I(?:['’](?:m|ve|d|ll))?$/;
/** Before a name that opens the sentence as a form of address: nothing, or a discourse word ("But,", "Well,"). */
const addressLead = /^[\s"'“‘(]*(?:(?:and|but|well|now|so|look|yes|no|oh|again)[\s,]+)*$/iu;
const titleOnly =
  /^(?:Mr|Mrs|Ms|Dr|Sir|Madam|President|Senator|Governor|Congressman|Congresswoman|Judge|General)\.?$/;

/** Characters that may open a sentence before its first word: white space, quotation marks, "(". */
const isLeadChar = (c: number) =>
  isSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40;

/** The first capitalised name in the sentence that is not just the capital of its first word. */
export function findName(words: Words): string | undefined {
  const text = words.text;
  notName ??= wordSet([...openers, ...months.map((m) => m.replace(/\.$/, '')), ...weekdays]);
  const lead = text.length - text.trimStart().length;
  let opening = 0;
  while (opening < text.length && isLeadChar(text.charCodeAt(opening))) opening++;
  let from = 0;
  for (let k = 0; k < words.count; k++) {
    const index = words.start[k] as number;
    if (index < from) continue;
    const before = index === 0 ? 0 : text.charCodeAt(index - 1);
    if (before === 39 || before === 0x2019 || before === 45 || !isUpperAt(text, index)) continue;
    const firstEnd = nameCharsEnd(text, index + codePointLength(text, index));
    const end = capitalRunEnd(text, firstEnd);
    from = end;
    const run = text.slice(index, end);
    const parts = end === firstEnd ? [run] : run.split(/\s+/);
    const atStart = index === lead || opening >= index;
    while (parts.length > 0) {
      const w = bareWord(parts[0] as string);
      const skip =
        (w.charCodeAt(0) === 73 && firstPerson.test(w)) ||
        ((atStart || parts.length === 1) && notName.has(w.toLowerCase()));
      if (!skip) break;
      parts.shift();
    }
    if (parts.length === 0) continue;
    const after = text.slice(end);
    const name = parts.length === 1 ? (parts[0] as string) : parts.join(' ');
    if (parts.length === 1 && !isAcronym(name)) {
      // A lone capitalised first word may be any noun ("Taxes have risen"): a name only before a verb.
      if (atStart && run === name && !verbFollows(text, end)) continue;
      // "Iranian activities", "the American people": a nationality adjective, not an actor.
      if (isDemonym(name) && lowerWordFollows(text, end)) continue;
    }
    // "…, Mr. President." "Thank you, Jim.": a form of address at the end of the sentence.
    if (commaBefore(text, index) && /^[\s.!?"”’]*$/.test(after)) continue;
    // "Mr. Corddry, I am well aware …", "But, George, that's …": a form of address opening the sentence.
    if (addressFollows(text, end) && addressLead.test(text.slice(0, index))) continue;
    if (titleOnly.test(name)) continue;
    return withoutTrailingPoints(name);
  }
  return undefined;
}

/** Length of the upper-case letter (`\p{Lu}`) at `i`, or 0. */
function upperLengthAt(text: string, i: number): number {
  return i < text.length && isUpperAt(text, i) ? codePointLength(text, i) : 0;
}

/** Length of the upper-case letter (`\p{Lu}`) that ends just before `i`, or 0. */
function upperLengthBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (i >= 2 && (d & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800)
    return isUpperAt(text, i - 2) ? 2 : 0;
  return isUpperAt(text, i - 1) ? 1 : 0;
}

/**
 * An acronym, `^\p{Lu}[\p{Lu}.&-]*\p{Lu}\.?$`: capitals, points, "&" and hyphens between two capitals,
 * and maybe a point after. A final point can only be the optional one: the last capital comes before it.
 */
function isAcronym(name: string): boolean {
  const end = name.charCodeAt(name.length - 1) === 46 ? name.length - 1 : name.length;
  const first = upperLengthAt(name, 0);
  const last = upperLengthBefore(name, end);
  if (first === 0 || last === 0 || first > end - last) return false;
  for (let i = first; i < end - last; ) {
    const c = name.charCodeAt(i);
    if (c === 46 || c === 38 || c === 45) i++;
    else {
      const step = upperLengthAt(name, i);
      if (step === 0) return false;
      i += step;
    }
  }
  return true;
}

/**
 * A nationality adjective, `^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i)$`: a capital, then lower-case letters
 * only, ending with one of the endings after at least one more ("-ian" and "-ean" end with "-an").
 */
function isDemonym(name: string): boolean {
  let i = upperLengthAt(name, 0);
  if (i === 0) return false;
  let letters = 0;
  while (i < name.length) {
    const step = lowerLengthAt(name, i);
    if (step === 0) return false;
    i += step;
    letters++;
  }
  if (name.endsWith('an')) return letters >= 3;
  if (name.endsWith('ese') || name.endsWith('ish')) return letters >= 4;
  return name.endsWith('i') && letters >= 2;
}

/** End of the white space from `i`, or `i` when there is none. */
function spaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Verbs that show a capitalised first word is the subject: a name ("Rutte said"), not a noun. */
const verbsAfterName = [
  'has',
  'had',
  'have',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
  'says',
  'said',
  'told',
  'also',
  'never',
  'still',
  'then',
  'now',
];

/**
 * Whether a verb follows `i`: `^\s+(?:(?:has|…|now)\b|\p{Ll}+ed\b)` on the text from there (`\b` between
 * ASCII word characters and others): white space, then one of `verbsAfterName` or lower-case letters
 * with "ed" after at least one of them, each ending before no ASCII letter, digit or "_".
 */
function verbFollows(text: string, i: number): boolean {
  const q = spaceEnd(text, i);
  if (q === i) return false;
  for (const verb of verbsAfterName)
    if (text.startsWith(verb, q) && !isWordChar(text.charCodeAt(q + verb.length))) return true;
  for (let k = q + lowerLengthAt(text, q); k > q; ) {
    if (text.startsWith('ed', k) && !isWordChar(text.charCodeAt(k + 2))) return true;
    const step = lowerLengthAt(text, k);
    if (step === 0) break;
    k += step;
  }
  return false;
}

/** Whether white space and a lower-case letter follow `i` (`^\s+\p{Ll}` on the text from there). */
function lowerWordFollows(text: string, i: number): boolean {
  const q = spaceEnd(text, i);
  return q > i && lowerLengthAt(text, q) > 0;
}

/** Words that start the speaker's own clause after a name and a comma. */
const addressed = ['I', 'we', 'you', 'he', 'she', 'they', 'it', 'that', 'this', 'there', 'let', 'uh', 'um'];

/**
 * Whether a comma and the start of the speaker's own clause follow `i`:
 * `^\s*,\s*(?:(?:I|we|…|um)(?![\p{L}])|I['’]|…)` on the text from there. The words with an apostrophe
 * after them ("I'", "let's") are among those before no letter.
 */
function addressFollows(text: string, i: number): boolean {
  const comma = spaceEnd(text, i);
  if (text.charCodeAt(comma) !== 44) return false;
  const q = spaceEnd(text, comma + 1);
  return addressed.some((w) => text.startsWith(w, q) && (classAt(text, q + w.length) & LETTER) === 0);
}

/**
 * The name without the commas, points, semicolons and colons that end it, but for the point after a
 * capital that follows a point or a capital ("U.S.", "Washington D.C."):
 * `name.replace(/(?<![.\p{Lu}][\p{Lu}])[,.;:]+$/u, '')`.
 */
function withoutTrailingPoints(name: string): string {
  let p = name.length;
  while (p > 0) {
    const c = name.charCodeAt(p - 1);
    if (c !== 44 && c !== 46 && c !== 59 && c !== 58) break;
    p--;
  }
  if (p === name.length) return name;
  const capital = upperLengthBefore(name, p);
  if (capital > 0) {
    const before = p - capital;
    if ((before > 0 && name.charCodeAt(before - 1) === 46) || upperLengthBefore(name, before) > 0) p++;
  }
  return p < name.length ? name.slice(0, p) : name;
}

/** A word without its contraction ("Trump's" → "Trump") and trailing points and apostrophes. */
function bareWord(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  if (last !== 46 && last !== 39 && last !== 0x2019 && w.indexOf("'") < 0 && w.indexOf('’') < 0) return w;
  return w.replace(/['’](?:s|ve|re|ll|d|m)$/, '').replace(/[.'’]+$/, '');
}

/** Whether a comma and white space only come before `i` (`/,\s*$/` on the text before it). */
function commaBefore(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j > 0 && text.charCodeAt(j - 1) === 44;
}

/**
 * The length of a word that joins the parts of a name at `j` ("Bank of England", "Ursula von der
 * Leyen"): "of", "de", "von", "van", "al", "bin", "for" or "and"; else 0.
 */
function connectorAt(text: string, j: number): number {
  switch (text.charCodeAt(j)) {
    case 111: // o
      return text.startsWith('of', j) ? 2 : 0;
    case 100: // d
      return text.startsWith('de', j) ? 2 : 0;
    case 118: // v
      return text.startsWith('von', j) || text.startsWith('van', j) ? 3 : 0;
    case 97: // a
      return text.startsWith('al', j) ? 2 : text.startsWith('and', j) ? 3 : 0;
    case 98: // b
      return text.startsWith('bin', j) ? 3 : 0;
    case 102: // f
      return text.startsWith('for', j) ? 3 : 0;
    default:
      return 0;
  }
}

/**
 * End of the run of capitalised words whose first word ends at `firstEnd`, as
 * `\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|de|von|van|al|bin|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*` finds it.
 */
function capitalRunEnd(text: string, firstEnd: number): number {
  let end = firstEnd;
  for (;;) {
    let j = end;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j === end) return end;
    let next = -1;
    if (j < text.length && isUpperAt(text, j)) next = j;
    else {
      const length = connectorAt(text, j);
      if (length > 0) {
        let r = j + length;
        const spaced = r;
        while (r < text.length && isSpace(text.charCodeAt(r))) r++;
        if (r > spaced && r < text.length && isUpperAt(text, r)) next = r;
      }
    }
    if (next < 0) return end;
    end = nameCharsEnd(text, next + codePointLength(text, next));
  }
}

/** End of the run of `[\p{L}\p{N}'’.&-]` starting at `i`. */
function nameCharsEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45) k++;
    else if (classAt(text, k) !== 0) k += codePointLength(text, k);
    else break;
  }
  return k;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
