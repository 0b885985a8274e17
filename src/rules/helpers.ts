import type { Analysis, Sentence } from '../types.ts';

/** Paragraph indices reported as duplicates: their sentences get no other finding. */
export function duplicatedParagraphs(analysis: Pick<Analysis, 'duplicates'>): Set<number> {
  return new Set(analysis.duplicates.paragraphs.map((d) => d.paragraph));
}

export { isAttributed, isAttribution, isBacked } from '../evidence/backed.ts';

/** The reasons that made a sentence a claim, without their prefix: `number "36,000"`. */
export function claimReasons(sentence: Sentence): string[] {
  return sentence.reasons.filter((r) => r.startsWith('claim:')).map((r) => r.slice(6).trim());
}

/** The analysis cues of a sentence, without their prefix. */
export function analysisReasons(sentence: Sentence): string[] {
  return sentence.reasons.filter((r) => r.startsWith('analysis:')).map((r) => r.slice(9).trim());
}

/** "[1, 2]" for a list of citation ids. */
export function refList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}
