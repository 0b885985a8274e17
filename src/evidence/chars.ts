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

const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) ascii[c] = LETTER | UPPER;
  else if (c >= 97 && c <= 122) ascii[c] = LETTER | LOWER;
  else if (c >= 48 && c <= 57) ascii[c] = NUMBER;
  else if (c === 32 || (c >= 9 && c <= 13)) ascii[c] = SPACE;
}

// Beyond ASCII the classes come from the regular-expression engine, one test per new character, kept in
// a table (a set bit 128 marks an entry as known); the patterns are compiled on the first such character.
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
  if (cp < 128) return ascii[cp] as number;
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
  if (c < 128) return ascii[c] as number;
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

/**
 * A set of words that answers most misses without hashing: a word is looked up only when some member
 * has its first character and length. Fresh substrings carry no hash, so this saves most of the cost of
 * testing every word of a sentence.
 */
export class WordSet {
  private readonly words = new Set<string>();
  /** For a first code unit below 128: one bit per length below 32 that some member has. */
  private readonly shapes = new Uint32Array(128);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    this.words.add(word);
    const c = word.charCodeAt(0);
    if (c < 128 && word.length < 32) (this.shapes[c] as number) |= 1 << word.length;
  }

  has(word: string): boolean {
    return this.hasRange(word, 0, word.length);
  }

  /** Whether `text.slice(start, end)` is a member; slices only when the shape matches. */
  hasRange(text: string, start: number, end: number): boolean {
    const c = text.charCodeAt(start);
    const length = end - start;
    if (c < 128 && length < 32 && !((this.shapes[c] as number) & (1 << length))) return false;
    return this.words.has(start === 0 && end === text.length ? text : text.slice(start, end));
  }
}
