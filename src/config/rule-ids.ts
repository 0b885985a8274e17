import type { Severity } from '../types.ts';

/**
 * Every rule id the product knows, in the order `provenance rules` and `provenance init` list them.
 * The rules registry and the configuration validator both read this list, so a rule cannot exist
 * without being configurable, nor be configured without existing.
 */
export const RULE_IDS = [
  'unsourced-claim',
  'duplicate-paragraph',
  'duplicate-sentence',
  'mixed-analysis',
  'cited-analysis',
  'anonymous-source',
  'quote-without-speaker',
  'undefined-reference',
  'unused-reference',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The severity each rule has when no configuration names it. */
export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, Severity>> = {
  'unsourced-claim': 'warning',
  // A repeated paragraph is almost always a paste accident that would be published: block it.
  'duplicate-paragraph': 'error',
  'duplicate-sentence': 'warning',
  'mixed-analysis': 'warning',
  // A citation that backs an interpretation is a hint for the editor, not a defect.
  'cited-analysis': 'info',
  // Anonymous sourcing is often legitimate; the finding makes it visible rather than forbidding it.
  'anonymous-source': 'info',
  'quote-without-speaker': 'warning',
  // A marker that points nowhere is a broken reference in the published piece.
  'undefined-reference': 'error',
  'unused-reference': 'warning',
};

/** True when `id` names a known rule. */
export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
