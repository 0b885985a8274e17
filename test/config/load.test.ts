import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import {
  clearConfigCache,
  createConfigLoader,
  loadConfigFor,
  loadIgnorePatterns,
} from '../../src/config/load.ts';
import { defaultConfig } from '../../src/config/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/config');
const cascade = path.join(fixtures, 'cascade');
const broken = path.join(fixtures, 'broken');

async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfigFor: discovery', () => {
  it('applies the nearest configuration file over the defaults', async () => {
    const { config, sources } = await loadConfigFor('article.md', { cwd: cascade });
    expect(sources).toEqual(['.provenancerc.yaml']);
    expect(config.scope).toBe('sentence');
    expect(config.rules['unsourced-claim']).toBe('error');
    expect(config.type).toBe('news');
    expect(config.duplicates).toEqual(defaultConfig.duplicates);
  });

  it('lays a nearer file over the ones above it, key by key, and stops at root: true', async () => {
    const { config, sources } = await loadConfigFor(path.join(cascade, 'desk/story.md'), { cwd: cascade });
    expect(sources).toEqual(['.provenancerc.yaml', path.join('desk', '.provenancerc.json')]);
    expect(config.scope).toBe('paragraph');
    expect(config.rules).toEqual({
      'unsourced-claim': 'error',
      'duplicate-paragraph': ['warning', { minOverlap: 0.5 }],
      'anonymous-source': 'warning',
    });
    expect(config.attributionVerbs).toEqual(['testified']);
  });

  it('does not inherit from folders above a root: true file', async () => {
    const { config, sources } = await loadConfigFor('standalone/a.md', { cwd: cascade });
    expect(sources).toEqual([path.join('standalone', '.provenancerc.yml')]);
    expect(config.type).toBe('opinion');
    expect(config.rules).toEqual({});
    expect(config.scope).toBe('preceding');
  });

  it('reads the provenance key of package.json', async () => {
    const { config, sources } = await loadConfigFor('pkg/a.md', { cwd: cascade });
    expect(sources).toEqual(['.provenancerc.yaml', path.join('pkg', 'package.json')]);
    expect(config.type).toBe('opinion');
    expect(config.duplicates).toEqual({ threshold: 0.9, minWords: defaultConfig.duplicates.minWords });
  });

  it('passes over a package.json without a provenance key', async () => {
    const { sources } = await loadConfigFor('nopkg/a.md', { cwd: cascade });
    expect(sources).toEqual(['.provenancerc.yaml']);
  });

  it('prefers .provenancerc.json over .provenancerc.yaml in the same folder', async () => {
    const { config, sources } = await loadConfigFor('both/a.md', { cwd: cascade });
    expect(sources.at(-1)).toBe(path.join('both', '.provenancerc.json'));
    expect(config.scope).toBe('preceding');
  });

  it('keeps the options of an outer rule entry when a nearer file only changes its severity', async () => {
    const { config } = await loadConfigFor('options/child/a.md', { cwd: cascade });
    expect(config.rules['duplicate-paragraph']).toEqual(['error', { minOverlap: 0.5 }]);
  });

  it('applies overrides whose globs match the path relative to the configuration file', async () => {
    const opinion = await loadConfigFor('opinion/column.md', { cwd: cascade });
    expect(opinion.config.type).toBe('opinion');
    expect(opinion.config.rules['anonymous-source']).toBe('off');
    const news = await loadConfigFor('article.md', { cwd: cascade });
    expect(news.config.type).toBe('news');
    expect(news.config.rules['anonymous-source']).toBeUndefined();
  });

  it('shows sources above the working folder as absolute paths', async () => {
    const { sources } = await loadConfigFor('column.md', { cwd: path.join(cascade, 'opinion') });
    expect(sources).toEqual([path.join(cascade, '.provenancerc.yaml')]);
  });
});

describe('loadConfigFor: --config', () => {
  it('uses only the given file, over the defaults', async () => {
    const { config, sources } = await loadConfigFor('desk/story.md', {
      cwd: cascade,
      configFile: 'standalone/.provenancerc.yml',
    });
    expect(sources).toEqual(['standalone/.provenancerc.yml']);
    expect(config.type).toBe('opinion');
    expect(config.scope).toBe('preceding');
  });

  it('reports a missing --config file', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: cascade, configFile: 'nope.yaml' }));
    expect(error.message).toBe('nope.yaml: cannot read configuration file: no such file or directory');
  });

  it('reports a --config package.json without a provenance key', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: cascade, configFile: 'nopkg/package.json' }));
    expect(error.message).toBe('nopkg/package.json: has no "provenance" key');
  });
});

describe('loadConfigFor: broken files', () => {
  it('names the file and line of malformed YAML', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: path.join(broken, 'bad-yaml') }));
    expect(error.message).toMatch(/^\.provenancerc\.yaml:4:\d+: invalid YAML: /);
    expect(error.message).not.toContain('\n');
  });

  it('names the file and line of malformed JSON', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: path.join(broken, 'bad-json') }));
    expect(error.message).toBe(
      ".provenancerc.json:4:3: invalid JSON: Expected ',' or '}' after property value",
    );
  });

  it('names the key and allowed values of an invalid setting', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: path.join(broken, 'bad-value') }));
    expect(error.message).toBe(
      '.provenancerc.yaml: rules.unsourced-claim: expected "off" | "info" | "warning" | "error", got "loud"',
    );
  });

  it('names the provenance key inside package.json', async () => {
    const error = await errorOf(loadConfigFor('a.md', { cwd: path.join(broken, 'bad-package') }));
    expect(error.message).toMatch(/^package\.json: provenance\.colour: unknown key; allowed: /);
  });
});

describe('loadConfigFor: without any file, and caching', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'provenance-config-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('gives the defaults and no sources when no file is found', async () => {
    await mkdir(path.join(scratch, 'empty'), { recursive: true });
    const { config, sources } = await loadConfigFor('empty/a.md', { cwd: scratch });
    expect(sources).toEqual([]);
    expect(config).toEqual(defaultConfig);
  });

  it('reads an empty YAML file as an empty configuration', async () => {
    await mkdir(path.join(scratch, 'blank'), { recursive: true });
    await writeFile(path.join(scratch, 'blank/.provenancerc.yaml'), '# nothing yet\n');
    const { config, sources } = await loadConfigFor('blank/a.md', { cwd: scratch });
    expect(sources).toEqual([path.join('blank', '.provenancerc.yaml')]);
    expect(config).toEqual(defaultConfig);
  });

  it('reads each folder once per loader, so a changed file is seen only by a new loader', async () => {
    const dir = path.join(scratch, 'cached');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '.provenancerc.yaml'), 'root: true\nscope: sentence\n');
    const loader = createConfigLoader(scratch);
    expect((await loader.loadConfigFor('cached/a.md')).config.scope).toBe('sentence');
    await writeFile(path.join(dir, '.provenancerc.yaml'), 'root: true\nscope: paragraph\n');
    expect((await loader.loadConfigFor('cached/b.md')).config.scope).toBe('sentence');
    expect((await createConfigLoader(scratch).loadConfigFor('cached/a.md')).config.scope).toBe('paragraph');
  });

  it('forgets the shared cache on clearConfigCache', async () => {
    const dir = path.join(scratch, 'shared');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '.provenancerc.json'), '{"root": true, "type": "opinion"}');
    expect((await loadConfigFor('shared/a.md', { cwd: scratch })).config.type).toBe('opinion');
    await writeFile(path.join(dir, '.provenancerc.json'), '{"root": true, "type": "news"}');
    expect((await loadConfigFor('shared/a.md', { cwd: scratch })).config.type).toBe('opinion');
    clearConfigCache();
    expect((await loadConfigFor('shared/a.md', { cwd: scratch })).config.type).toBe('news');
  });
});

describe('loadIgnorePatterns', () => {
  it('returns the ignore globs of the configuration for the working folder, with their folder', async () => {
    expect(await loadIgnorePatterns({ cwd: cascade })).toEqual({ patterns: ['drafts/**'], base: cascade });
    expect(await loadIgnorePatterns({ cwd: path.join(cascade, 'desk') })).toEqual({
      patterns: ['drafts/**'],
      base: cascade,
    });
  });

  it('returns no globs when the configuration sets none', async () => {
    const standalone = path.join(cascade, 'standalone');
    expect(await loadIgnorePatterns({ cwd: standalone })).toEqual({ patterns: [], base: standalone });
  });
});
