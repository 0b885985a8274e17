import { analyze } from '../../src/index.ts';
import type { Kind } from '../../src/types.ts';

/** What the evaluation reads of one sentence of an item. */
export interface Judged {
  text: string;
  kind: Kind;
  claim: boolean;
  reasons: string[];
}

/** Runs one data-set item (a sentence or a few, plain text) through the full product. */
export function judge(text: string): Judged[] {
  return analyze(text, { format: 'text' }).sentences.map(({ text, kind, claim, reasons }) => ({
    text,
    kind,
    claim,
    reasons,
  }));
}
