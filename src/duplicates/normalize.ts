import { asciiClass, classAt } from '../classify/chars.ts';

const markers = /\[(?:\d{1,4}(?:\s*[,;–—-]\s*\d{1,4})*|\^[^\]\s]{1,64})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const maybeMarker = /[[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/**
 * The comparable form of a paragraph or sentence: citation markers dropped, lower case, punctuation
 * removed, white space collapsed. Callers pass prose with markup already masked.
 */
export function normalizeText(text: string): string {
  const t = (maybeMarker.test(text) ? text.replace(markers, ' ') : text).toLowerCase();
  // Apostrophes vanish ("don't" is "dont"); every other run of non-letters and non-digits is one space.
  const n = t.length;
  let out = '';
  let space = false;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 39 || c === 0x2019) {
      i++;
      continue;
    }
    // ASCII letters and digits are looked up inline; other code points through `classAt`.
    const wordChar = c < 128 ? asciiClass[c] !== 0 : classAt(t, i) !== 0;
    const step = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (!wordChar) {
      space = out !== '';
      i += step;
      continue;
    }
    const start = i;
    i += step;
    while (i < n) {
      const d = t.charCodeAt(i);
      if (d < 128) {
        if (asciiClass[d] === 0) break;
        i++;
        continue;
      }
      if (classAt(t, i) === 0) break;
      i += d >= 0xd800 && d <= 0xdbff && i + 1 < n && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    out += space ? ` ${t.slice(start, i)}` : t.slice(start, i);
    space = false;
  }
  return out;
}

/** Word 3-shingles of a normalised text, as a set of strings (word sets for texts under three words). */
export function shingles(normalized: string, size = 3): Set<string> {
  const words = normalized === '' ? [] : normalized.split(' ');
  const out = new Set<string>();
  if (words.length < size) {
    for (const w of words) out.add(w);
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
