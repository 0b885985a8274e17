import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { validateConfig } from '../../src/config/schema.ts';

function messageOf(value: unknown, source = '.provenancerc.json'): string {
  try {
    validateConfig(value, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('validateConfig', () => {
  it('accepts every key with valid values and returns them', () => {
    const config = {
      root: true,
      type: 'opinion',
      scope: 'paragraph',
      rules: { 'unsourced-claim': 'error', 'duplicate-paragraph': ['warning', { minOverlap: 0.5 }] },
      duplicates: { threshold: 1, minWords: 3 },
      attributionVerbs: ['testified'],
      anonymousSources: ['insiders'],
      analysisCues: ['heralds'],
      ignore: ['drafts/**'],
      overrides: [{ files: ['opinion/**'], type: 'opinion', rules: { 'mixed-analysis': 'off' } }],
    };
    expect(validateConfig(config, 'x')).toEqual(config);
  });

  it('accepts an empty object', () => {
    expect(validateConfig({}, 'x')).toEqual({});
  });

  it('names the file, the key path, the allowed severities and the bad value', () => {
    expect(messageOf({ rules: { 'unsourced-claim': 'loud' } })).toBe(
      '.provenancerc.json: rules.unsourced-claim: expected "off" | "info" | "warning" | "error", got "loud"',
    );
  });

  it('rejects an unknown rule id, naming the allowed ids and the likely one', () => {
    const message = messageOf({ rules: { 'unsourced-claims': 'error' } });
    expect(message).toMatch(
      /^\.provenancerc\.json: rules\.unsourced-claims: unknown rule id \(did you mean "unsourced-claim"\?\)/,
    );
    expect(message).toContain('allowed: unsourced-claim, duplicate-paragraph, duplicate-sentence,');
    expect(message).toContain('unused-reference');
  });

  it('rejects an unknown top-level key and suggests the nearest one', () => {
    expect(messageOf({ scop: 'sentence' })).toMatch(
      /^\.provenancerc\.json: scop: unknown key \(did you mean "scope"\?\); allowed: root, type, scope, rules,/,
    );
  });

  it('gives no suggestion for a key that resembles nothing', () => {
    expect(messageOf({ colourScheme: 'dark' })).toMatch(
      /^\.provenancerc\.json: colourScheme: unknown key; allowed: /,
    );
  });

  it('rejects a bad scope and type, listing the allowed values', () => {
    expect(messageOf({ scope: 'page' })).toBe(
      '.provenancerc.json: scope: expected "preceding" | "sentence" | "paragraph", got "page"',
    );
    expect(messageOf({ type: 'editorial' })).toBe(
      '.provenancerc.json: type: expected "news" | "opinion", got "editorial"',
    );
  });

  it('keeps duplicates.threshold within (0, 1]', () => {
    expect(messageOf({ duplicates: { threshold: 0 } })).toBe(
      '.provenancerc.json: duplicates.threshold: expected a number greater than 0 and at most 1, got 0',
    );
    expect(messageOf({ duplicates: { threshold: 1.2 } })).toContain('got 1.2');
    expect(messageOf({ duplicates: { threshold: '0.8' } })).toContain('got "0.8"');
    expect(validateConfig({ duplicates: { threshold: 0.01 } }, 'x')).toEqual({
      duplicates: { threshold: 0.01 },
    });
  });

  it('requires duplicates.minWords to be a positive whole number', () => {
    expect(messageOf({ duplicates: { minWords: 0 } })).toBe(
      '.provenancerc.json: duplicates.minWords: expected a whole number of at least 1, got 0',
    );
    expect(messageOf({ duplicates: { minWords: 2.5 } })).toContain('got 2.5');
  });

  it('rejects unknown keys inside duplicates', () => {
    expect(messageOf({ duplicates: { treshold: 0.5 } })).toMatch(
      /^\.provenancerc\.json: duplicates\.treshold: unknown key \(did you mean "threshold"\?\); allowed: threshold, minWords$/,
    );
  });

  it('reads [severity] as the bare severity and checks the options object', () => {
    expect(validateConfig({ rules: { 'unsourced-claim': ['error'] } }, 'x')).toEqual({
      rules: { 'unsourced-claim': 'error' },
    });
    expect(messageOf({ rules: { 'unsourced-claim': ['error', 3] } })).toBe(
      '.provenancerc.json: rules.unsourced-claim[1]: expected an options object, got 3',
    );
    expect(messageOf({ rules: { 'unsourced-claim': ['eror', {}] } })).toContain(
      'rules.unsourced-claim[0]: expected "off" | "info" | "warning" | "error", got "eror"',
    );
    expect(messageOf({ rules: { 'unsourced-claim': ['error', {}, {}] } })).toContain(
      'rules.unsourced-claim[2]:',
    );
  });

  it('requires lists of strings for the lexicon keys and ignore', () => {
    expect(messageOf({ attributionVerbs: 'testified' })).toBe(
      '.provenancerc.json: attributionVerbs: expected a list of strings, got "testified"',
    );
    expect(messageOf({ anonymousSources: ['insiders', 3] })).toBe(
      '.provenancerc.json: anonymousSources[1]: expected a string, got 3',
    );
    expect(messageOf({ ignore: [true] })).toBe(
      '.provenancerc.json: ignore[0]: expected a glob pattern, got true',
    );
  });

  it('requires root to be a boolean (YAML "yes" is a string)', () => {
    expect(messageOf({ root: 'yes' })).toBe('.provenancerc.json: root: expected true or false, got "yes"');
  });

  it('requires files in each override and refuses root, ignore and nested overrides there', () => {
    expect(messageOf({ overrides: [{ type: 'opinion' }] })).toBe(
      '.provenancerc.json: overrides[0].files: missing; expected a list of glob patterns',
    );
    expect(messageOf({ overrides: [{ files: [] }] })).toBe(
      '.provenancerc.json: overrides[0].files: expected at least one glob pattern, got an empty list',
    );
    expect(messageOf({ overrides: [{ files: ['a/**'], root: true }] })).toMatch(
      /overrides\[0\]\.root: unknown key/,
    );
    expect(messageOf({ overrides: [{ files: ['a/**'], ignore: [] }] })).toMatch(
      /overrides\[0\]\.ignore: unknown key/,
    );
    expect(messageOf({ overrides: [{ files: ['a/**'], overrides: [] }] })).toMatch(
      /overrides\[0\]\.overrides: unknown key/,
    );
  });

  it('rejects a configuration that is not an object, and a list where an object belongs', () => {
    expect(messageOf(['scope'])).toBe(
      '.provenancerc.json: expected an object of settings, got a list of 1 item',
    );
    expect(messageOf('scope: sentence')).toBe(
      '.provenancerc.json: expected an object of settings, got "scope: sentence"',
    );
    expect(messageOf({ rules: [] })).toBe(
      '.provenancerc.json: rules: expected an object of rule id: severity, got a list of 0 items',
    );
    expect(messageOf({ overrides: { files: ['a'] } })).toBe(
      '.provenancerc.json: overrides: expected a list of {files, ...settings}, got an object',
    );
  });

  it('writes every message on one line', () => {
    const long = 'x'.repeat(200);
    const message = messageOf({ scope: long });
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(200);
  });
});
