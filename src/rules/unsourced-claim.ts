import { claimReasons, duplicatedParagraphs, isBacked } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  unsourced: (reasons: string[]) =>
    `Claim has no source${reasons.length ? ` (${reasons.slice(0, 3).join('; ')})` : ''}: add a citation, a link or an attribution.`,
};

/** A claim that nothing backs: no attribution in its sentence, no citation or link in its scope. */
export const unsourcedClaim: Rule = {
  meta: {
    id: 'unsourced-claim',
    defaultSeverity: 'warning',
    description: 'A factual claim that no citation, link or attribution backs.',
    help: 'Cite the source after the sentence, link it, or attribute the claim ("X said", "according to X").',
  },
  check({ analysis, report }) {
    const skip = duplicatedParagraphs(analysis);
    for (const s of analysis.sentences) {
      if (!s.claim || s.kind !== 'fact' || skip.has(s.paragraph)) continue;
      if (isBacked(s)) continue;
      report({ start: s.start.offset, end: s.end.offset, message: messages.unsourced(claimReasons(s)) });
    }
  },
};
