import { refList } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  duplicate: (line: number, exact: boolean, lost: string[]) =>
    `Paragraph ${exact ? 'repeats' : 'nearly repeats'} the paragraph at line ${line}` +
    (lost.length ? ` and lost its citations ${refList(lost)}` : '') +
    '. Remove one copy.',
  first: 'First copy is here.',
};

/** A paragraph that repeats an earlier one, exactly or nearly; names the citations the copy lost. */
export const duplicateParagraph: Rule = {
  meta: {
    id: 'duplicate-paragraph',
    defaultSeverity: 'error',
    description:
      'A paragraph that repeats an earlier paragraph of the article (markers, case and punctuation ignored).',
    help: 'Delete the repeated paragraph, or merge the two copies keeping the citations.',
  },
  check({ analysis, report }) {
    for (const d of analysis.duplicates.paragraphs) {
      const copy = analysis.paragraphs[d.paragraph];
      const first = analysis.paragraphs[d.of];
      if (!copy || !first) continue;
      report({
        start: copy.start.offset,
        end: copy.end.offset,
        message: messages.duplicate(first.start.line, d.similarity === 1, d.lostCitations),
        related: [{ line: first.start.line, column: first.start.column, message: messages.first }],
      });
    }
  },
};
