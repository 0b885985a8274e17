/**
 * fact-provenance: finds what backs each sentence of a news article, flags unsourced claims, duplicated
 * paragraphs and analysis mixed into reported fact.
 */
export { type AnalyzeOptions, analyze } from './analyze.ts';
export { type CheckOptions, check, type FileResult } from './check.ts';
export type { Config, UserConfig } from './config/types.ts';
export { rules } from './rules/index.ts';
export type { Rule, RuleMeta } from './rules/types.ts';
export { type SentenceSpan, splitSentences } from './segment/index.ts';
export type * from './types.ts';
