import { duplicatedParagraphs, isAttribution } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  cited: (markers: string) =>
    `Analysis backed only by the citation ${markers}: a citation supports facts, not the writer's interpretation.`,
};

/** An analysis sentence whose only backing is a citation marker. */
export const citedAnalysis: Rule = {
  meta: {
    id: 'cited-analysis',
    defaultSeverity: 'info',
    description: 'An interpretation whose only backing is a citation marker.',
    help: 'Attribute the interpretation to whoever made it, or mark it as analysis.',
  },
  check({ analysis, report }) {
    const skip = duplicatedParagraphs(analysis);
    for (const s of analysis.sentences) {
      if (s.kind !== 'analysis' || skip.has(s.paragraph) || s.evidence.some(isAttribution)) continue;
      const citations = s.backing.filter((e) => e.type === 'citation');
      if (citations.length === 0 || citations.length !== s.backing.length) continue;
      report({
        start: s.start.offset,
        end: s.end.offset,
        message: messages.cited(citations.map((c) => c.text.trim()).join(' ')),
      });
    }
  },
};
