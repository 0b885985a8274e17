import { classifySentence } from '../../src/classify/index.ts';
import { findAttributions, findQuotes } from '../../src/evidence/attribution.ts';
import { splitSentences } from '../../src/segment/index.ts';
import type { Kind } from '../../src/types.ts';

/** What the evaluation reads of one sentence of an item. */
export interface Judged {
  text: string;
  kind: Kind;
  claim: boolean;
  reasons: string[];
}

/**
 * Runs one data-set item (a sentence or a few) through the product and returns its sentences' judgments.
 * Items are plain text. The public `analyze` does the same once the package entry exists: then this body
 * becomes `analyze(text, { format: 'text' }).sentences`.
 */
export function judge(text: string): Judged[] {
  return splitSentences(text).map((s) => {
    const attributed = findAttributions(s.text).length > 0;
    const quoted = findQuotes(s.text).length > 0;
    const decision = classifySentence({ text: s.text, blockType: 'paragraph', attributed, quoted });
    return { text: s.text, ...decision };
  });
}
