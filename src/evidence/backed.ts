import type { Evidence, Sentence } from '../types.ts';

/** A named or unnamed source credited with a reporting verb. */
export const isAttribution = (e: Evidence): boolean => e.type === 'attribution' || e.type === 'anonymous';

/**
 * The sentence credits someone: an attribution in it, or one the pipeline carried to it (a quotation
 * credited in the next sentence, the writer's first-hand account), recorded as an `attributed:` reason.
 */
export function isAttributed(sentence: Sentence): boolean {
  return sentence.evidence.some(isAttribution) || sentence.reasons.some((r) => r.startsWith('attributed:'));
}

/** Something backs the sentence: a citation or link in its scope, or an attribution. The one test for all. */
export function isBacked(sentence: Sentence): boolean {
  return sentence.backing.length > 0 || isAttributed(sentence);
}
