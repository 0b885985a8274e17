import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { frontMatterOptions } from '../../src/config/front-matter.ts';

describe('frontMatterOptions', () => {
  it('reads the provenance settings of an article', () => {
    const yaml =
      'title: Why the cuts matter\nprovenance:\n  type: opinion\n  scope: paragraph\n  rules:\n    unsourced-claim: off\n';
    expect(frontMatterOptions(yaml, 'op.md')).toEqual({
      type: 'opinion',
      scope: 'paragraph',
      rules: { 'unsourced-claim': 'off' },
    });
  });

  it('gives nothing for front matter without a provenance key, or with an empty one', () => {
    expect(frontMatterOptions('title: A story\ntags: [nato]\n', 'a.md')).toEqual({});
    expect(frontMatterOptions('provenance:\n', 'a.md')).toEqual({});
    expect(frontMatterOptions('', 'a.md')).toEqual({});
    expect(frontMatterOptions('- a list\n', 'a.md')).toEqual({});
  });

  it('validates the settings like a configuration file, naming the article and the key', () => {
    expect(() => frontMatterOptions('provenance:\n  type: column\n', 'op.md')).toThrow(
      new ConfigError('op.md', 'op.md: provenance.type: expected "news" | "opinion", got "column"'),
    );
    expect(() => frontMatterOptions('provenance:\n  rules:\n    unsourced: off\n', 'op.md')).toThrow(
      /^op\.md: provenance\.rules\.unsourced: unknown rule id/,
    );
  });

  it('refuses root, ignore and overrides, which mean nothing for one article', () => {
    expect(() => frontMatterOptions('provenance:\n  root: true\n', 'a.md')).toThrow(
      /^a\.md: provenance\.root: unknown key; allowed: type, scope, rules, duplicates, attributionVerbs, anonymousSources, analysisCues$/,
    );
    expect(() => frontMatterOptions('provenance:\n  ignore: [x]\n', 'a.md')).toThrow(
      /provenance\.ignore: unknown key/,
    );
  });

  it('leaves malformed front matter that does not mention provenance to the site generator', () => {
    expect(frontMatterOptions('title: "unterminated\ndate: 2024\n', 'a.md')).toEqual({});
  });

  it('reports malformed front matter that holds provenance settings, counting the opening fence as line 1', () => {
    expect(() => frontMatterOptions('title: x\nprovenance:\n  type: [opinion\n', 'a.md')).toThrow(
      /^a\.md:\d+:\d+: invalid front matter YAML: /,
    );
    try {
      frontMatterOptions('provenance: x\nprovenance: y\n', 'a.md');
    } catch (error) {
      expect((error as Error).message).toMatch(
        /^a\.md:3:1: invalid front matter YAML: Map keys must be unique/,
      );
      return;
    }
    throw new Error('expected a ConfigError');
  });
});
