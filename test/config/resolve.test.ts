import { describe, expect, it } from 'vitest';
import { applyOptions, resolveConfig } from '../../src/config/resolve.ts';
import { defaultConfig, type UserConfig } from '../../src/config/types.ts';

const user: UserConfig = {
  scope: 'sentence',
  rules: { 'unsourced-claim': 'error' },
  overrides: [
    { files: ['opinion/**'], type: 'opinion' },
    { files: ['opinion/guest-*.md'], rules: { 'unsourced-claim': 'off' } },
    { files: ['briefs/'], duplicates: { minWords: 20 } },
  ],
};

describe('resolveConfig', () => {
  it('fills every key from the defaults and applies the top-level settings', () => {
    const config = resolveConfig(user, '/site/news/a.md', '/site');
    expect(config).toEqual({ ...defaultConfig, scope: 'sentence', rules: { 'unsourced-claim': 'error' } });
  });

  it('applies only the overrides whose globs match the path relative to the base folder', () => {
    expect(resolveConfig(user, '/site/opinion/column.md', '/site').type).toBe('opinion');
    expect(resolveConfig(user, '/site/opinion/column.md', '/site').rules['unsourced-claim']).toBe('error');
    expect(resolveConfig(user, '/site/news/opinion.md', '/site').type).toBe('news');
    expect(resolveConfig(user, '/elsewhere/opinion/column.md', '/site').type).toBe('news');
  });

  it('lets a later matching override win over an earlier one', () => {
    const config = resolveConfig(user, '/site/opinion/guest-smith.md', '/site');
    expect(config.type).toBe('opinion');
    expect(config.rules['unsourced-claim']).toBe('off');
  });

  it('reads a glob ending in / as everything in that folder', () => {
    expect(resolveConfig(user, '/site/briefs/2024/x.md', '/site').duplicates).toEqual({
      threshold: 0.85,
      minWords: 20,
    });
  });

  it('resolves a relative file path against the base folder consistently', () => {
    expect(resolveConfig(user, 'opinion/x.md', '.').type).toBe('opinion');
  });

  it('does not change the defaults object', () => {
    const before = structuredClone(defaultConfig);
    const config = resolveConfig({ rules: { 'mixed-analysis': 'off' } }, 'a.md', '.');
    config.attributionVerbs.push('x');
    config.duplicates.minWords = 1;
    expect(defaultConfig).toEqual(before);
  });
});

describe('applyOptions', () => {
  it('merges rules and duplicates key by key and replaces lists', () => {
    const base = applyOptions(defaultConfig, {
      rules: { 'unsourced-claim': 'error', 'anonymous-source': 'off' },
      attributionVerbs: ['testified'],
      duplicates: { minWords: 4 },
    });
    const config = applyOptions(base, {
      rules: { 'anonymous-source': 'warning' },
      attributionVerbs: ['contended'],
      duplicates: { threshold: 0.5 },
    });
    expect(config.rules).toEqual({ 'unsourced-claim': 'error', 'anonymous-source': 'warning' });
    expect(config.attributionVerbs).toEqual(['contended']);
    expect(config.duplicates).toEqual({ threshold: 0.5, minWords: 4 });
  });

  it('keeps rule options when only the severity changes, and replaces them when new ones are given', () => {
    const base = applyOptions(defaultConfig, { rules: { 'duplicate-paragraph': ['warning', { a: 1 }] } });
    expect(
      applyOptions(base, { rules: { 'duplicate-paragraph': 'error' } }).rules['duplicate-paragraph'],
    ).toEqual(['error', { a: 1 }]);
    expect(
      applyOptions(base, { rules: { 'duplicate-paragraph': ['error', { b: 2 }] } }).rules[
        'duplicate-paragraph'
      ],
    ).toEqual(['error', { b: 2 }]);
  });
});
