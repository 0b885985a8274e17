/**
 * Paragraph normalisation, 32-bit hashing, word shingles and MinHash signatures with banded LSH.
 *
 * Pure functions and typed arrays only: no file system, no randomness (every "random" constant is
 * derived from fixed seeds), so the same input always gives the same signature on every machine.
 */

// `<sup>…</sup>` holds a citation marker or a footnote link: both are markers, not prose.
const SUP_HTML = /<sup\b[^>]*>[\s\S]*?<\/sup\s*>/gi;
const FOOTNOTE_REF = /\[\^[^\]\s]+\]/g;
// `[1]`, `[1, 2]`, `[1-3]`, `[1–3]`, `[1; 4]`; `[1][2]` is two of these.
const NUMERIC_CITATION = /\[\s*\d+(?:\s*[-–—,;]\s*\d+)*\s*\]/g;
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const HAS_SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
// Inline links and images keep their text and lose their destination: a copy that lost a link is still a copy.
const INLINE_LINK = /!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
// Reference-style links `[text][label]` keep their text.
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// Apostrophes join a word ("don't" -> "dont") rather than split it.
const APOSTROPHES = /['’‘`]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The text with citation markers (`[1]`, `[1, 2]`, `[1-3]`, `[^a]`, `<sup>…</sup>`, `¹`), link
 * destinations, HTML tags and URLs replaced by spaces; link texts kept. Case and punctuation untouched.
 */
export function stripMarkers(text: string): string {
  let out = text;
  if (out.includes('<')) out = out.replace(SUP_HTML, ' ');
  if (out.includes('[')) {
    out = out
      .replace(FOOTNOTE_REF, ' ')
      .replace(INLINE_LINK, ' $1 ')
      .replace(NUMERIC_CITATION, ' ')
      .replace(REFERENCE_LINK, ' $1 ');
  }
  if (HAS_SUPERSCRIPT.test(out)) out = out.replace(SUPERSCRIPT_DIGITS, ' ');
  if (out.includes('<')) out = out.replace(HTML_TAG, ' ');
  if (out.includes('://') || out.includes('www.')) out = out.replace(URL, ' ');
  return out;
}

/**
 * The comparable form of a paragraph: markers dropped as by `stripMarkers`, lower-cased, apostrophes
 * removed (they join a word), every other run of characters that are not letters, marks or digits
 * turned into one space, trimmed. Two paragraphs that differ only in those are equal after this.
 */
export function normalizeParagraph(text: string): string {
  return stripMarkers(text).toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The words of a normalised paragraph (empty for an empty string). */
export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** FNV-1a, 32 bits, over UTF-16 code units; `seed` replaces the offset basis. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's final mix: spreads every input bit over the 32 output bits. A bijection on 32-bit integers. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes of the word shingles (runs of `size` consecutive words) of a word list. A list shorter than
 * `size` gives one shingle of all its words; an empty list gives none. Order and repeats are kept:
 * MinHash takes a minimum, so repeats do not matter.
 */
export function shingleHashes(list: readonly string[], size = 3): Uint32Array {
  const n = list.length;
  if (n === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) wordHashes[i] = fnv1a32(list[i] as string);
  const width = Math.min(size, n);
  const count = n - width + 1;
  const out = new Uint32Array(count);
  combineShingles(wordHashes, count, width, out);
  return out;
}

/** Number of MinHash values per signature. 120 has many divisors, so bands × rows can follow the threshold. */
export const SIGNATURE_SIZE = 120;

/** Second hash of a shingle: the step between successive permutations (odd, so never zero). */
function step(shingle: number): number {
  return fmix32(shingle ^ 0x5bd1e995) | 1;
}

/**
 * The MinHash signature of a set of shingle hashes. Permutation i maps a shingle x to
 * `x + i · step(x) mod 2^32` (double hashing: shingle hashes are already well mixed, and measured on
 * generated news paragraphs the estimate is unbiased with an error no larger than with independent
 * hash functions, at half the cost). For each i the smallest value is kept as its low 16 bits (the high
 * bits of a minimum are mostly zeros, the low bits uniform): two different minima then agree by chance
 * with probability 2^-16, a negligible bias, and the signature takes half the memory. An empty set
 * gives all 0xffff.
 */
export function minhashSignature(
  shingles: Uint32Array,
  out: Uint16Array = new Uint16Array(SIGNATURE_SIZE),
  count = shingles.length,
  mins: Uint32Array = new Uint32Array(SIGNATURE_SIZE),
): Uint16Array {
  const k = SIGNATURE_SIZE;
  mins.fill(0xffffffff);
  for (let s = 0; s < count; s++) {
    const x = shingles[s] as number;
    const y = step(x);
    let v = x;
    for (let i = 0; i < k; i++) {
      const u = v >>> 0;
      if (u < (mins[i] as number)) mins[i] = u;
      v = (v + y) | 0;
    }
  }
  for (let i = 0; i < k; i++) out[i] = (mins[i] as number) & 0xffff;
  return out;
}

// Characters below 128: 0 separates words, 1 is part of a word as it is, 2 is an upper-case letter,
// 3 is an apostrophe (joins: "don't" -> "dont").
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;
ASCII_CLASS[39] = 3;
ASCII_CLASS[96] = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Hashes paragraphs word by word in one pass over the characters, with reusable buffers: the words it
 * finds are those of `normalizeParagraph` (lower-casing is done a character at a time, so the rare
 * context-dependent cases such as a Greek final sigma may hash apart from the whole-string form;
 * every copy goes through the same path, so copies still match). Not reentrant: one per index.
 */
export class ParagraphHasher {
  /** Words of the last scanned paragraph. */
  wordCount = 0;
  /** 53-bit hash of the last scanned paragraph's word sequence: equal for exact copies. */
  contentHash = 0;
  private wordHashes: Uint32Array = new Uint32Array(1024);
  private shingleBuffer: Uint32Array = new Uint32Array(1024);
  private readonly mins = new Uint32Array(SIGNATURE_SIZE);
  // Lower-case form of each non-ASCII code point met so far ('' for an apostrophe, null for a separator).
  private readonly nonAscii = new Map<number, string | null>([
    [0x2018, ''],
    [0x2019, ''],
  ]);

  /** Scans a paragraph (Markdown or plain text); returns its word count. */
  scan(text: string): number {
    const source = stripMarkers(text);
    let count = 0;
    let inWord = false;
    let h1 = 0;
    let h2 = 0;
    let c1 = 0x27d4eb2f;
    let c2 = 0x165667b1;
    const n = source.length;
    for (let i = 0; i <= n; i++) {
      let lower = -1;
      let extra: string | null = null;
      if (i < n) {
        const code = source.charCodeAt(i);
        if (code < 128) {
          const kind = ASCII_CLASS[code] as number;
          if (kind === 3) continue;
          if (kind === 1) lower = code;
          else if (kind === 2) lower = code + 32;
        } else {
          const point = source.codePointAt(i) as number;
          if (point > 0xffff) i++;
          extra = this.classify(point);
          if (extra === '') continue;
        }
      }
      if (lower >= 0 || extra !== null) {
        if (!inWord) {
          inWord = true;
          h1 = 0x811c9dc5;
          h2 = 0x2545f491;
        }
        if (lower >= 0) {
          h1 = Math.imul(h1 ^ lower, 0x01000193);
          h2 = Math.imul(h2 ^ lower, 0x5bd1e995);
        } else {
          const chars = extra as string;
          for (let j = 0; j < chars.length; j++) {
            const unit = chars.charCodeAt(j);
            h1 = Math.imul(h1 ^ unit, 0x01000193);
            h2 = Math.imul(h2 ^ unit, 0x5bd1e995);
          }
        }
      } else if (inWord) {
        inWord = false;
        if (count === this.wordHashes.length) this.wordHashes = grow(this.wordHashes);
        this.wordHashes[count++] = h1 >>> 0;
        c1 = Math.imul((c1 << 5) | (c1 >>> 27), 0x9e3779b1) ^ h1;
        c2 = Math.imul((c2 << 7) | (c2 >>> 25), 0x85ebca6b) ^ h2;
      }
    }
    this.wordCount = count;
    this.contentHash = (fmix32(c2 ^ count) & 0x1fffff) * 0x100000000 + fmix32(c1 ^ count);
    return count;
  }

  /** Shingle hashes of the last scanned paragraph, as `shingleHashes` gives them (a view: copy to keep). */
  shingles(size: number): Uint32Array {
    const n = this.wordCount;
    if (n === 0) return this.shingleBuffer.subarray(0, 0);
    const width = Math.min(size, n);
    const count = n - width + 1;
    while (this.shingleBuffer.length < count) this.shingleBuffer = grow(this.shingleBuffer);
    combineShingles(this.wordHashes, count, width, this.shingleBuffer);
    return this.shingleBuffer.subarray(0, count);
  }

  /** MinHash signature of the last scanned paragraph's shingles, written into `out`. */
  signature(size: number, out: Uint16Array): Uint16Array {
    const shingles = this.shingles(size);
    return minhashSignature(shingles, out, shingles.length, this.mins);
  }

  private classify(point: number): string | null {
    let form = this.nonAscii.get(point);
    if (form === undefined) {
      const char = String.fromCodePoint(point);
      form = WORD_CHAR.test(char) ? char.toLowerCase() : null;
      this.nonAscii.set(point, form);
    }
    return form;
  }
}

function grow(array: Uint32Array): Uint32Array {
  const next = new Uint32Array(array.length * 2);
  next.set(array);
  return next;
}

function combineShingles(wordHashes: Uint32Array, count: number, width: number, out: Uint32Array): void {
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < width; j++) {
      // Rotate-multiply keeps word order significant: "a b c" and "c b a" hash apart.
      h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ (wordHashes[i + j] as number);
    }
    out[i] = fmix32(h);
  }
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of their sets. */
export function estimateJaccard(
  a: Uint16Array,
  b: Uint16Array,
  aOffset = 0,
  bOffset = 0,
  size = SIGNATURE_SIZE,
): number {
  let equal = 0;
  for (let i = 0; i < size; i++) if (a[aOffset + i] === b[bOffset + i]) equal++;
  return equal / size;
}

/** The exact Jaccard similarity of two sets of hashes (repeats count once). For tests and calibration. */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

export interface Banding {
  bands: number;
  rows: number;
}

/**
 * Probability that two sets of Jaccard similarity `j` share at least one band (become LSH candidates):
 * `1 - (1 - j^rows)^bands`.
 */
export function candidateProbability(j: number, { bands, rows }: Banding): number {
  return 1 - (1 - j ** rows) ** bands;
}

/**
 * Bands × rows for a threshold: the most rows (fewest false candidates) whose candidate probability at the
 * threshold itself is still at least 99%. For 0.8: 20 bands of 6 rows (99.8% at 0.8, 27% at 0.5, 1.5% at 0.3).
 */
export function chooseBanding(threshold: number, size = SIGNATURE_SIZE): Banding {
  let best: Banding = { bands: size, rows: 1 };
  for (let rows = 1; rows <= size; rows++) {
    if (size % rows !== 0) continue;
    const banding = { bands: size / rows, rows };
    if (candidateProbability(threshold, banding) >= 0.99) best = banding;
  }
  return best;
}

/**
 * A 32-bit hash of LSH band `band` of the signature at `offset`: the values at positions
 * `band, band + bands, band + 2·bands, …` (`rows` of them). Bands take every `bands`-th position rather
 * than a run of neighbours because neighbouring permutations of the double-hashing family are correlated:
 * runs gave 40% more chance candidates on generated news paragraphs, strides as few as independent hashes.
 */
export function bandHash(
  signatures: Uint16Array,
  offset: number,
  band: number,
  { bands, rows }: Banding,
): number {
  let h = 0x811c9dc5;
  for (let r = 0; r < rows; r++) {
    h = Math.imul(h ^ (signatures[offset + band + r * bands] as number), 0x01000193);
    h = (h << 13) | (h >>> 19);
  }
  return fmix32(h);
}
