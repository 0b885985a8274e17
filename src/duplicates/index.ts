import type { DuplicateParagraph, DuplicateSentence } from '../types.ts';
import { jaccard, normalizeText, shingles } from './normalize.ts';

export interface DuplicateInput {
  paragraphs: Array<{ prose: string; eligible: boolean; citations: string[] }>;
  sentences: Array<{ prose: string; paragraph: number }>;
  threshold: number;
  minWords: number;
}

const sentenceMinWords = 6;

/**
 * Finds paragraphs that repeat an earlier paragraph exactly or nearly (word 3-shingle Jaccard at or above
 * `threshold`), and sentences repeated in another paragraph outside such duplicates.
 */
export function findDuplicates(input: DuplicateInput): {
  paragraphs: DuplicateParagraph[];
  sentences: DuplicateSentence[];
} {
  const paragraphs: DuplicateParagraph[] = [];
  const seen = new Map<string, number>();
  const earlier: Array<{ index: number; words: number; set: Set<string> }> = [];
  input.paragraphs.forEach((p, index) => {
    if (!p.eligible) return;
    const norm = normalizeText(p.prose);
    const words = norm === '' ? 0 : norm.split(' ').length;
    if (words < input.minWords) return;
    const exact = seen.get(norm);
    let match: { of: number; similarity: number } | undefined =
      exact === undefined ? undefined : { of: exact, similarity: 1 };
    const set = shingles(norm);
    if (!match) {
      for (const e of earlier) {
        const ratio = Math.min(words, e.words) / Math.max(words, e.words);
        if (ratio < input.threshold) continue;
        const similarity = jaccard(set, e.set);
        if (similarity >= input.threshold && similarity > (match?.similarity ?? 0))
          match = { of: e.index, similarity };
      }
    }
    if (match) {
      const first = input.paragraphs[match.of] as DuplicateInput['paragraphs'][number];
      const have = new Set(p.citations);
      const lost = [...new Set(first.citations)].filter((c) => !have.has(c));
      paragraphs.push({ paragraph: index, of: match.of, similarity: match.similarity, lostCitations: lost });
      return;
    }
    seen.set(norm, index);
    earlier.push({ index, words, set });
  });

  const duplicated = new Set(paragraphs.map((d) => d.paragraph));
  const sentences: DuplicateSentence[] = [];
  const firstSentence = new Map<string, number>();
  input.sentences.forEach((s, index) => {
    if (duplicated.has(s.paragraph)) return;
    const norm = normalizeText(s.prose);
    if (norm.split(' ').length < sentenceMinWords) return;
    const first = firstSentence.get(norm);
    if (first === undefined) firstSentence.set(norm, index);
    else if (input.sentences[first]?.paragraph !== s.paragraph)
      sentences.push({ sentence: index, of: first });
  });
  return { paragraphs, sentences };
}
