import type { Rule } from './types.ts';

const messages = {
  duplicate: (line: number) => `Sentence repeats a sentence at line ${line}.`,
  first: 'First occurrence.',
};

/** A sentence repeated in another paragraph (outside paragraphs already reported as duplicates). */
export const duplicateSentence: Rule = {
  meta: {
    id: 'duplicate-sentence',
    defaultSeverity: 'warning',
    description: 'A sentence that repeats a sentence of another paragraph.',
    help: 'Keep the sentence once, where it is sourced.',
  },
  check({ analysis, report }) {
    for (const d of analysis.duplicates.sentences) {
      const s = analysis.sentences[d.sentence];
      const first = analysis.sentences[d.of];
      if (!s || !first) continue;
      report({
        start: s.start.offset,
        end: s.end.offset,
        message: messages.duplicate(first.start.line),
        related: [{ line: first.start.line, column: first.start.column, message: messages.first }],
      });
    }
  },
};
