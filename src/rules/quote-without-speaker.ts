import { duplicatedParagraphs, isAttributed, isAttribution } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  noSpeaker: 'Direct quotation without a speaker in its sentence or the next: say who said it.',
};

/** A direct quotation with no attribution in its sentence or the next (block quotes excepted). */
export const quoteWithoutSpeaker: Rule = {
  meta: {
    id: 'quote-without-speaker',
    defaultSeverity: 'warning',
    description: 'A direct quotation that names no speaker.',
    help: 'Add who said it ("…," said Jane Doe) in the same or the next sentence.',
  },
  check({ analysis, report }) {
    const skip = duplicatedParagraphs(analysis);
    for (const s of analysis.sentences) {
      if (skip.has(s.paragraph) || analysis.paragraphs[s.paragraph]?.type === 'blockquote') continue;
      if (!s.evidence.some((e) => e.type === 'quote')) continue;
      if (isAttributed(s)) continue;
      if (s.backing.length > 0) continue;
      const next = analysis.sentences[s.index + 1];
      if (next && next.paragraph === s.paragraph && next.evidence.some(isAttribution)) continue;
      report({ start: s.start.offset, end: s.end.offset, message: messages.noSpeaker });
    }
  },
};
