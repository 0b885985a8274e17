/**
 * The comparable form of a paragraph or sentence: citation markers dropped, lower case, punctuation
 * removed, white space collapsed. Callers pass prose with markup already masked.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\[(?:\d{1,4}(?:\s*[,;–—-]\s*\d{1,4})*|\^[^\]\s]{1,64})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ' ')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
