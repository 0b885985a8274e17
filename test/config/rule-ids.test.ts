import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES, isRuleId, RULE_IDS } from '../../src/config/rule-ids.ts';
import { rules } from '../../src/rules/index.ts';

describe('rule ids', () => {
  it('gives every known rule a default severity, and nothing else', () => {
    expect(Object.keys(DEFAULT_SEVERITIES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('agrees with the rules registry on ids, order and default severities', () => {
    expect(rules.map((rule) => rule.meta.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) {
      expect(rule.meta.defaultSeverity, rule.meta.id).toBe(
        DEFAULT_SEVERITIES[rule.meta.id as keyof typeof DEFAULT_SEVERITIES],
      );
    }
  });

  it('tells known ids from unknown ones', () => {
    expect(isRuleId('unsourced-claim')).toBe(true);
    expect(isRuleId('unsourced-claims')).toBe(false);
  });
});
