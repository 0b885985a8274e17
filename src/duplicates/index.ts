import type { DuplicateParagraph, DuplicateSentence } from '../types.ts';
import { jaccard, normalizeText, shingles as stringShingles } from './normalize.ts';

export interface DuplicateInput {
  paragraphs: Array<{ prose: string; eligible: boolean; citations: string[] }>;
  sentences: Array<{ prose: string; paragraph: number }>;
  threshold: number;
  minWords: number;
}

const sentenceMinWords = 6;

/** Words in a normalised text (one space between words). */
function wordCount(norm: string): number {
  if (norm === '') return 0;
  let n = 1;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Word 3-shingles of a paragraph as numbers (each word numbered once per call, three numbers packed into
 * one): the same sets as `shingles` in `./normalize.ts`, one to one, without building strings.
 */
class ShingleSets {
  private readonly ids = new Map<string, number>();

  words(norm: string): number[] {
    return norm.split(' ').map((w) => {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      return id;
    });
  }

  /** Call once all words are numbered: the sets of word lists. */
  sets(lists: number[][]): Set<number>[] {
    // Small vocabularies pack into small integers; larger ones into exact doubles (ids below 2^17).
    const bits = Math.max(1, Math.ceil(Math.log2(this.ids.size + 1)));
    const base = 2 ** bits;
    return lists.map((ids) => {
      const out = new Set<number>();
      // Texts under three words: their word set; negative, so never equal to a packed shingle.
      if (ids.length < 3) {
        for (const id of ids) out.add(-1 - id);
        return out;
      }
      for (let i = 0; i + 3 <= ids.length; i++)
        out.add(((ids[i] as number) * base + (ids[i + 1] as number)) * base + (ids[i + 2] as number));
      return out;
    });
  }

  /** Whether `sets` gives exact keys (three ids fit in a double's 53 bits). */
  get exact(): boolean {
    return this.ids.size < 2 ** 17;
  }
}

/**
 * Finds paragraphs that repeat an earlier paragraph exactly or nearly (word 3-shingle Jaccard at or above
 * `threshold`), and sentences repeated in another paragraph outside such duplicates.
 */
export function findDuplicates(input: DuplicateInput): {
  paragraphs: DuplicateParagraph[];
  sentences: DuplicateSentence[];
} {
  const paragraphs = duplicateParagraphs(input);
  const sentences: DuplicateSentence[] = [];
  // A repeated sentence needs sentences in two paragraphs at least.
  const first = input.sentences[0];
  if (first === undefined || input.sentences.every((s) => s.paragraph === first.paragraph)) {
    return { paragraphs, sentences };
  }
  const duplicated = new Set(paragraphs.map((d) => d.paragraph));
  const firstSentence = new Map<string, number>();
  input.sentences.forEach((s, index) => {
    if (duplicated.has(s.paragraph)) return;
    const norm = normalizeText(s.prose);
    // `split(' ')` counts one word for an empty text.
    if (Math.max(1, wordCount(norm)) < sentenceMinWords) return;
    const first = firstSentence.get(norm);
    if (first === undefined) firstSentence.set(norm, index);
    else if (input.sentences[first]?.paragraph !== s.paragraph)
      sentences.push({ sentence: index, of: first });
  });
  return { paragraphs, sentences };
}

function duplicateParagraphs(input: DuplicateInput): DuplicateParagraph[] {
  const found: DuplicateParagraph[] = [];
  const candidates: Array<{ index: number; norm: string; words: number }> = [];
  input.paragraphs.forEach((p, index) => {
    if (!p.eligible) return;
    const norm = normalizeText(p.prose);
    const words = wordCount(norm);
    if (words >= input.minWords) candidates.push({ index, norm, words });
  });
  if (candidates.length < 2) return found;

  const numbering = new ShingleSets();
  const lists = candidates.map((c) => numbering.words(c.norm));
  if (!numbering.exact) return duplicateParagraphsBy(input, candidates, undefined);
  return duplicateParagraphsBy(input, candidates, numbering.sets(lists));
}

function duplicateParagraphsBy(
  input: DuplicateInput,
  candidates: Array<{ index: number; norm: string; words: number }>,
  sets: Set<number>[] | undefined,
): DuplicateParagraph[] {
  const found: DuplicateParagraph[] = [];
  const seen = new Map<string, number>();
  const earlier: Array<{ index: number; words: number; set: ReadonlySet<unknown> }> = [];
  const postings = sets && input.threshold > 0 ? new Map<number, number[]>() : undefined;
  candidates.forEach(({ index, norm, words }, k) => {
    const p = input.paragraphs[index] as DuplicateInput['paragraphs'][number];
    const exact = seen.get(norm);
    let match: { of: number; similarity: number } | undefined =
      exact === undefined ? undefined : { of: exact, similarity: 1 };
    const set: ReadonlySet<unknown> = sets ? (sets[k] as Set<number>) : stringShingles(norm);
    if (!match) {
      // Only earlier paragraphs that share a shingle can reach the threshold (above 0): with numbered
      // shingles, an index of them finds those and counts what they share, in the order of `earlier`.
      const shared = postings ? sharedCounts(set as Set<number>, postings, earlier.length) : undefined;
      for (let at = 0; at < earlier.length; at++) {
        if (shared && !shared[at]) continue;
        const e = earlier[at] as (typeof earlier)[number];
        const ratio = Math.min(words, e.words) / Math.max(words, e.words);
        if (ratio < input.threshold) continue;
        const similarity = shared
          ? (shared[at] as number) / (set.size + e.set.size - (shared[at] as number))
          : jaccard(set, e.set);
        if (similarity >= input.threshold && similarity > (match?.similarity ?? 0))
          match = { of: e.index, similarity };
      }
    }
    if (match) {
      const first = input.paragraphs[match.of] as DuplicateInput['paragraphs'][number];
      const have = new Set(p.citations);
      const lost = [...new Set(first.citations)].filter((c) => !have.has(c));
      found.push({ paragraph: index, of: match.of, similarity: match.similarity, lostCitations: lost });
      return;
    }
    seen.set(norm, index);
    if (postings) {
      for (const x of set as Set<number>) {
        const list = postings.get(x);
        if (list) list.push(earlier.length);
        else postings.set(x, [earlier.length]);
      }
    }
    earlier.push({ index, words, set });
  });
  return found;
}

/** How many shingles of `set` each earlier paragraph shares, by position in `earlier` (0 for none). */
function sharedCounts(
  set: Set<number>,
  postings: Map<number, number[]>,
  earlier: number,
): Uint16Array | Uint32Array {
  const counts = earlier < 65536 && set.size < 65536 ? new Uint16Array(earlier) : new Uint32Array(earlier);
  for (const x of set) {
    const list = postings.get(x);
    if (list) for (const at of list) counts[at] = (counts[at] as number) + 1;
  }
  return counts;
}
