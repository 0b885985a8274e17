import { anonymousSource } from './anonymous-source.ts';
import { citedAnalysis } from './cited-analysis.ts';
import { duplicateParagraph } from './duplicate-paragraph.ts';
import { duplicateSentence } from './duplicate-sentence.ts';
import { mixedAnalysis } from './mixed-analysis.ts';
import { quoteWithoutSpeaker } from './quote-without-speaker.ts';
import type { Rule } from './types.ts';
import { undefinedReference } from './undefined-reference.ts';
import { unsourcedClaim } from './unsourced-claim.ts';
import { unusedReference } from './unused-reference.ts';

/** Every rule, in the order `provenance rules` lists them. */
export const rules: readonly Rule[] = [
  unsourcedClaim,
  duplicateParagraph,
  duplicateSentence,
  mixedAnalysis,
  citedAnalysis,
  anonymousSource,
  quoteWithoutSpeaker,
  undefinedReference,
  unusedReference,
];
