/** Character classes used by the splitter, by UTF-16 code unit. */

/** The same set as JavaScript's `\s` and `String.prototype.trim`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;
}

/** Sentence-ending marks we decide ourselves; other scripts' marks are left to Intl.Segmenter. */
export function isTerminator(c: number): boolean {
  return (
    c === 46 || // .
    c === 33 || // !
    c === 63 || // ?
    c === 0x2026 || // …
    c === 0x203c || // ‼
    c === 0x2047 || // ⁇
    c === 0x2048 || // ⁈
    c === 0x2049 || // ⁉
    c === 0x203d // ‽
  );
}

/** Marks that close a sentence after its terminator: brackets and closing quotes. */
export function isCloser(c: number): boolean {
  return (
    c === 41 || // )
    c === 93 || // ]
    c === 125 || // }
    c === 34 || // "
    c === 39 || // '
    c === 0x2019 || // ’
    c === 0x201d || // ”
    c === 0xbb || // »
    c === 0x203a // ›
  );
}

/** Marks that may open a sentence before its first word: quotes, brackets, dashes. */
export function isOpener(c: number): boolean {
  return (
    c === 40 || // (
    c === 91 || // [
    c === 34 || // "
    c === 39 || // '
    c === 0x2018 || // ‘
    c === 0x201c || // “
    c === 0xab || // «
    c === 45 || // -
    c === 0x2013 || // –
    c === 0x2014 // —
  );
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Superscript digits used as footnote markers: ¹ ² ³ and U+2070…U+2079. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x2023 || c === 0x25cf || c === 0x2219;
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;

/** Letter case of the character at `i`: 'upper', 'lower', 'letter' (caseless), or undefined. */
export function letterCase(text: string, i: number): 'upper' | 'lower' | 'letter' | undefined {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 'upper';
  if (c >= 97 && c <= 122) return 'lower';
  if (c < 128 || Number.isNaN(c)) return undefined;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (UPPER.test(ch)) return 'upper';
  if (LOWER.test(ch)) return 'lower';
  if (LETTER.test(ch)) return 'letter';
  return undefined;
}
