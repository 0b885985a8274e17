/** Character classes by code point, for scanners that stand in for regular expressions. */

/** Bit flags of a code point's class: a letter (`\p{L}`) or a number (`\p{N}`). */
export const LETTER = 1;
export const NUMBER = 2;
const letterRe = /\p{L}/u;
const numberRe = /\p{N}/u;
/** Classes of BMP code units outside ASCII, filled on first sight (bit 4 marks a known entry). */
const bmpClass = new Uint8Array(0x10000);
/** Classes of ASCII code units, for scanners that test them inline before calling `classAt`. */
export const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) asciiClass[c] = LETTER;
  else if (c >= 48 && c <= 57) asciiClass[c] = NUMBER;
}

function classOf(cp: number): number {
  if (cp < 128) return asciiClass[cp] as number;
  // General punctuation (dashes, curly quotation marks, the ellipsis) has no letter or number: text that
  // has no others need not compile the expressions.
  if (cp >= 0x2000 && cp <= 0x206f) return 0;
  if (cp < 0x10000) {
    const known = bmpClass[cp] as number;
    if (known !== 0) return known & 3;
  }
  const ch = String.fromCodePoint(cp);
  const flags = (letterRe.test(ch) ? LETTER : 0) | (numberRe.test(ch) ? NUMBER : 0);
  if (cp < 0x10000) bmpClass[cp] = flags | 4;
  return flags;
}

/** Class of the code point that starts at `i` (a surrogate pair counts as one). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return asciiClass[c] as number;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(c);
}

/** Class of the code point that ends just before `i`. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (d < 128) return asciiClass[d] as number;
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(d);
}

// One definition of white space for the whole engine: the splitter's.
export { isSpace } from '../segment/chars.ts';

/**
 * Case-folded code unit, for case-insensitive matching of the characters `safePhrase` admits: the lower
 * case, and "ſ" (long s) as "s", as a case-insensitive Unicode expression folds it ("K" and "Å", the
 * Kelvin and Ångström signs, already lower-case to "k" and "å").
 */
const foldTable = new Uint16Array(0x10000);
export function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const known = foldTable[c] as number;
  if (known !== 0) return known;
  const l = String.fromCharCode(c).toLowerCase();
  const out = c === 0x17f ? 115 : l.length === 1 ? l.charCodeAt(0) : c;
  foldTable[c] = out;
  return out;
}

/**
 * Answers of one Unicode property test (an expression such as `/\p{Lu}/u`) for characters outside ASCII:
 * the length (1 or 2) of the code point at `i` when it has the property, else 0. Answers for BMP code
 * units are kept, so the expression runs once per character.
 */
export class PropertyTest {
  /** BMP code units with the property (2) or without (1), filled on first sight. */
  private readonly table = new Uint8Array(0x10000);

  constructor(private readonly re: RegExp) {}

  lengthAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return this.re.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    let known = this.table[c] as number;
    if (known === 0) {
      known = this.re.test(String.fromCharCode(c)) ? 2 : 1;
      this.table[c] = known;
    }
    return known === 2 ? 1 : 0;
  }
}

const upper = new PropertyTest(/\p{Lu}/u);
/** Whether the code point that starts at `i` is an upper-case letter (`\p{Lu}`). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return upper.lengthAt(text, i) > 0;
}

const lower = new PropertyTest(/\p{Ll}/u);
/** Length (1 or 2) of the lower-case letter (`\p{Ll}`) at `i`, or 0. */
export function lowerLengthAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 ? 1 : 0;
  return lower.lengthAt(text, i);
}
