import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initConfigText } from '../../src/config/init.ts';
import { resolveConfig } from '../../src/config/resolve.ts';
import { DEFAULT_SEVERITIES, RULE_IDS } from '../../src/config/rule-ids.ts';
import { validateConfig } from '../../src/config/schema.ts';
import { defaultConfig } from '../../src/config/types.ts';

describe('initConfigText', () => {
  const text = initConfigText();

  it('parses back to a valid configuration', () => {
    expect(() => validateConfig(parse(text), '.provenancerc.yaml')).not.toThrow();
  });

  it('lists every rule with its default severity', () => {
    const parsed = validateConfig(parse(text), '.provenancerc.yaml');
    expect(parsed.rules).toEqual(DEFAULT_SEVERITIES);
    expect(Object.keys(parsed.rules ?? {})).toEqual([...RULE_IDS]);
  });

  it('lists every key of the effective configuration with its default value', () => {
    const parsed = validateConfig(parse(text), '.provenancerc.yaml');
    const { root, rules: _rules, ...rest } = parsed;
    expect(root).toBe(true);
    const { rules: _defaultRules, ...defaults } = defaultConfig;
    expect(rest).toEqual(defaults);
    expect(resolveConfig(parsed, 'a.md', '.')).toEqual({ ...defaultConfig, rules: DEFAULT_SEVERITIES });
  });

  it('shows an override example in comments only', () => {
    expect(text).toMatch(/^# overrides:$/m);
    expect(text).toMatch(/^#\s+type: opinion$/m);
  });
});
