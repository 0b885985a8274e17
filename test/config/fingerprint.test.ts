import { describe, expect, it } from 'vitest';
import { configFingerprint } from '../../src/config/fingerprint.ts';
import { applyOptions } from '../../src/config/resolve.ts';
import { defaultConfig } from '../../src/config/types.ts';

describe('configFingerprint', () => {
  it('is a 16-digit hex string, the same for the same configuration', () => {
    const fingerprint = configFingerprint(defaultConfig);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(configFingerprint(structuredClone(defaultConfig))).toBe(fingerprint);
  });

  it('does not depend on key order', () => {
    const a = applyOptions(defaultConfig, { rules: { 'unsourced-claim': 'error', 'mixed-analysis': 'off' } });
    const b = applyOptions(defaultConfig, { rules: { 'mixed-analysis': 'off', 'unsourced-claim': 'error' } });
    const reordered = {
      duplicates: { minWords: b.duplicates.minWords, threshold: b.duplicates.threshold },
      type: b.type,
      scope: b.scope,
      analysisCues: b.analysisCues,
      anonymousSources: b.anonymousSources,
      attributionVerbs: b.attributionVerbs,
      ignore: b.ignore,
      rules: b.rules,
    };
    expect(configFingerprint(reordered)).toBe(configFingerprint(a));
  });

  it('changes when any setting changes', () => {
    const base = configFingerprint(defaultConfig);
    const variants = [
      applyOptions(defaultConfig, { scope: 'sentence' }),
      applyOptions(defaultConfig, { type: 'opinion' }),
      applyOptions(defaultConfig, { duplicates: { threshold: 0.9 } }),
      applyOptions(defaultConfig, { rules: { 'unsourced-claim': 'error' } }),
      applyOptions(defaultConfig, { rules: { 'unsourced-claim': ['warning', { a: 1 }] } }),
      applyOptions(defaultConfig, { attributionVerbs: ['testified'] }),
      applyOptions(defaultConfig, { ignore: ['drafts/**'] }),
    ];
    const fingerprints = variants.map(configFingerprint);
    expect(fingerprints).not.toContain(base);
    expect(new Set(fingerprints).size).toBe(variants.length);
  });
});
