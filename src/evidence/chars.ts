/**
 * Unicode character classes by code point, as bits, for scanners that walk text by character code
 * instead of running Unicode-property regular expressions. Each bit means what its regular-expression
 * class means, so a scanner built on them matches exactly what the pattern would.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{N}` */
export const NUMBER = 2;
/** `\p{M}` */
export const MARK = 4;
/** `\p{Lu}` */
export const UPPER = 8;
/** `\p{Ll}` */
export const LOWER = 16;
/** `\s` */
export const SPACE = 32;

// Latin-1 by rule, so that text in English and western European languages, with its typographic
// punctuation (below), needs no Unicode tables.
const latin1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) latin1[c] = LETTER | UPPER;
  else if ((c >= 97 && c <= 122) || c === 0xb5 || (c >= 0xdf && c !== 0xf7)) latin1[c] = LETTER | LOWER;
  else if (c === 0xaa || c === 0xba)
    latin1[c] = LETTER; // ª º
  else if ((c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe))
    latin1[c] = NUMBER; // and ² ³ ¹ ¼ ½ ¾
  else if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) latin1[c] = SPACE;
}

/** General punctuation (U+2000…U+206F) and currency signs (U+20A0…U+20CF): only spaces have a class. */
const punctuationClass = (cp: number) =>
  cp <= 0x200a || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f ? SPACE : 0;

// Other characters get their classes from the regular-expression engine, one test per new character,
// kept in a table (a set bit 128 marks an entry as known); the patterns are compiled on first need.
const KNOWN = 128;
let bmp: Uint8Array | undefined;
let patterns: Array<[RegExp, number]> | undefined;

function compute(cp: number): number {
  patterns ??= [
    [/\p{L}/u, LETTER],
    [/\p{N}/u, NUMBER],
    [/\p{M}/u, MARK],
    [/\p{Lu}/u, UPPER],
    [/\p{Ll}/u, LOWER],
    [/\s/u, SPACE],
  ];
  const ch = String.fromCodePoint(cp);
  let bits = 0;
  for (const [pattern, bit] of patterns) if (pattern.test(ch)) bits |= bit;
  return bits;
}

/** The classes of one code point (a lone surrogate has none). */
export function charClass(cp: number): number {
  if (cp < 256) return latin1[cp] as number;
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)) return punctuationClass(cp);
  if (cp > 0xffff) return compute(cp);
  bmp ??= new Uint8Array(0x10000);
  let bits = bmp[cp] as number;
  if (bits === 0) {
    bits = compute(cp) | KNOWN;
    bmp[cp] = bits;
  }
  return bits & ~KNOWN;
}

/** The classes of the code point at `i` of `text` (none past the end). */
export function classAt(text: string, i: number): number {
  // Tested first: past the end `charCodeAt` gives NaN, which would slow every later comparison.
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 256) return latin1[c] as number;
  return charClass(c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c);
}

/** The classes of the code point that ends just before `i` (none at the start). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return charClass(text.codePointAt(i - 2) as number);
  }
  return classAt(text, i - 1);
}

/** The number of code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The end of the run of letters and digits that starts at `i` (`i` itself if there is none there). */
export function runEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits decide without the class table.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) j++;
    else if (c < 128 || !(classAt(text, j) & (LETTER | NUMBER))) break;
    else j += widthAt(text, j);
  }
  return j;
}

/**
 * A set of words that answers most misses without hashing: a word is looked up only when some member
 * has its length, its first character and its last. Fresh substrings carry no hash, so this saves most
 * of the cost of testing every word of a sentence.
 */
export class WordSet {
  private readonly words = new Set<string>();
  /** By first code unit below 128: one bit per length below 32 that a member with that first has. */
  private readonly firsts = new Uint32Array(128);
  /** The same by last code unit. */
  private readonly lasts = new Uint32Array(128);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    this.words.add(word);
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    if (first < 128 && last < 128 && word.length < 32) {
      (this.firsts[first] as number) |= 1 << word.length;
      (this.lasts[last] as number) |= 1 << word.length;
    }
  }

  has(word: string): boolean {
    return this.hasRange(word, 0, word.length);
  }

  /** Whether `text.slice(start, end)` is a member; slices only when the shape matches. */
  hasRange(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    const length = end - start;
    if (first < 128 && last < 128 && length < 32) {
      const bit = 1 << length;
      if (!((this.firsts[first] as number) & bit) || !((this.lasts[last] as number) & bit)) return false;
    }
    return this.words.has(start === 0 && end === text.length ? text : text.slice(start, end));
  }
}
