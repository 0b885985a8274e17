import path from 'node:path';
import { picomatchPackage } from '../lazy.ts';
import { type Config, defaultConfig, type RuleEntry, type UserConfig } from './types.ts';

type Settings = Partial<Omit<UserConfig, 'root' | 'overrides'>>;

/**
 * Lays `settings` over `config` and returns a new effective configuration.
 * `rules` and `duplicates` merge key by key; lists (`attributionVerbs`, `ignore`, …) and single values
 * replace what was there. A rule set to a bare severity keeps the options an earlier layer gave it
 * (`"error"` over `["warning", {min: 2}]` is `["error", {min: 2}]`), as in ESLint.
 */
export function applyOptions(config: Config, settings: Settings): Config {
  const rules: Record<string, RuleEntry> = { ...config.rules };
  for (const [id, entry] of Object.entries(settings.rules ?? {})) {
    const previous = rules[id];
    rules[id] = typeof entry === 'string' && Array.isArray(previous) ? [entry, previous[1]] : entry;
  }
  return {
    rules,
    scope: settings.scope ?? config.scope,
    duplicates: { ...config.duplicates, ...definedOnly(settings.duplicates ?? {}) },
    attributionVerbs: [...(settings.attributionVerbs ?? config.attributionVerbs)],
    anonymousSources: [...(settings.anonymousSources ?? config.anonymousSources)],
    analysisCues: [...(settings.analysisCues ?? config.analysisCues)],
    ignore: [...(settings.ignore ?? config.ignore)],
    type: settings.type ?? config.type,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Matcher = (test: string) => boolean;
const matchers = new WeakMap<readonly string[], Matcher>();

/** `opinion/` means everything under `opinion`, as in .gitignore. */
function normaliseGlob(glob: string): string {
  const withoutDot = glob.replace(/^\.\//, '');
  return withoutDot.endsWith('/') ? `${withoutDot}**` : withoutDot;
}

function matcherFor(files: readonly string[]): Matcher {
  let matcher = matchers.get(files);
  if (!matcher) {
    matcher = picomatchPackage()(files.map(normaliseGlob), { dot: true });
    matchers.set(files, matcher);
  }
  return matcher;
}

/** The path of `filePath` relative to `baseDir`, with forward slashes, as override globs see it. */
export function relativeForGlob(filePath: string, baseDir: string): string {
  return path.relative(baseDir, filePath).split(path.sep).join('/');
}

/**
 * The effective configuration of one file under one configuration file: `user`'s settings over `base`
 * (the defaults, or what farther configuration files gave), then each override whose `files` globs
 * match, in the order written (a later override wins). Globs are picomatch globs, matched against the
 * file's path relative to `baseDir` (the configuration file's folder) with dot files included: write
 * `opinion/**` or `opinion/` for a folder, `**\/*.txt` for a name at any depth.
 */
export function resolveConfig(
  user: UserConfig,
  filePath: string,
  baseDir: string,
  base: Config = defaultConfig,
): Config {
  const { root: _root, overrides, ...settings } = user;
  let config = applyOptions(base, settings);
  if (!overrides?.length) return config;
  const relative = relativeForGlob(path.resolve(filePath), path.resolve(baseDir));
  for (const { files, ...overrideSettings } of overrides) {
    if (matcherFor(files)(relative)) config = applyOptions(config, overrideSettings);
  }
  return config;
}
