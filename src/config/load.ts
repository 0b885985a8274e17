import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.ts';
import { formatOf, parseConfigText } from './parse.ts';
import { resolveConfig } from './resolve.ts';
import { validateConfigAt } from './schema.ts';
import { type Config, defaultConfig, type UserConfig } from './types.ts';

/** The names looked for in each folder, in order of precedence: the first one present is that folder's file. */
export const CONFIG_FILE_NAMES = [
  '.provenancerc.json',
  '.provenancerc.yaml',
  '.provenancerc.yml',
  'package.json',
] as const;

/** One configuration file, read and validated. */
export interface ConfigFile {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the working folder when inside it, else absolute. */
  display: string;
  /** The folder its override globs are relative to. */
  dir: string;
  config: UserConfig;
}

export interface LoadOptions {
  /** `--config FILE`: use this file only, and look for no other. Relative to `cwd`. */
  configFile?: string;
  cwd: string;
}

export interface LoadedConfig {
  config: Config;
  /** The configuration files used, as displayed, in the order applied: the last one wins. Empty: defaults only. */
  sources: string[];
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return error.message;
  }
}

/** Reads a file, or returns undefined when there is none (a missing file is not an error during discovery). */
async function readIfPresent(file: string, display: string): Promise<string | undefined> {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new ConfigError(display, `${display}: cannot read: ${reason(error as NodeJS.ErrnoException)}`, {
      cause: error,
    });
  }
}

/** Parses and validates one file's text. Returns undefined for a package.json without a `provenance` key. */
function fromText(text: string, file: string, display: string): ConfigFile | undefined {
  const dir = path.dirname(file);
  if (path.basename(file) === 'package.json') {
    const pkg = parseConfigText(text, display, 'json');
    if (typeof pkg !== 'object' || pkg === null || !Object.hasOwn(pkg, 'provenance')) return undefined;
    const value = (pkg as { provenance: unknown }).provenance;
    return { path: file, display, dir, config: validateConfigAt(value, display, 'provenance') };
  }
  const value = parseConfigText(text, display, formatOf(file));
  return { path: file, display, dir, config: validateConfigAt(value, display, '') };
}

/**
 * A configuration loader with its own cache: each folder is looked at once, each file read once,
 * however many articles share them. Make one per run (the CLI does); {@link loadConfigFor} uses a
 * shared one.
 *
 * Discovery, as markdownlint-cli2 and ESLint's cascading configuration do it: from the article's folder
 * upward, each folder's configuration file (the first of {@link CONFIG_FILE_NAMES} present;
 * `package.json` counts only if it has a `provenance` key) is laid over the ones found above it, so
 * the nearest file wins key by key (`rules` and `duplicates` merge per key; lists replace). The walk
 * stops after a file with `root: true`, or at the file-system root. Put `root: true` in a project's
 * top configuration so that files in folders above it (a home folder, a monorepo) never leak in.
 * `--config FILE` replaces discovery: that file alone applies, over the defaults.
 * Each file's `overrides` apply right after that file's own settings, with globs relative to its folder.
 */
export function createConfigLoader(cwd: string) {
  const inFolder = new Map<string, Promise<ConfigFile | undefined>>();
  const chains = new Map<string, Promise<ConfigFile[]>>();
  const explicit = new Map<string, Promise<ConfigFile>>();

  async function readFolder(dir: string): Promise<ConfigFile | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      const display = displayPath(file, cwd);
      const text = await readIfPresent(file, display);
      if (text === undefined) continue;
      const found = fromText(text, file, display);
      if (found) return found;
    }
    return undefined;
  }

  function fileIn(dir: string): Promise<ConfigFile | undefined> {
    let pending = inFolder.get(dir);
    if (!pending) {
      pending = readFolder(dir);
      inFolder.set(dir, pending);
    }
    return pending;
  }

  /** The configuration files that apply in `dir`, nearest first. */
  function chain(dir: string): Promise<ConfigFile[]> {
    let pending = chains.get(dir);
    if (!pending) {
      pending = (async () => {
        const own = await fileIn(dir);
        if (own?.config.root) return [own];
        const parent = path.dirname(dir);
        const above = parent === dir ? [] : await chain(parent);
        return own ? [own, ...above] : above;
      })();
      chains.set(dir, pending);
    }
    return pending;
  }

  function explicitFile(configFile: string): Promise<ConfigFile> {
    const file = path.resolve(cwd, configFile);
    let pending = explicit.get(file);
    if (!pending) {
      pending = (async () => {
        const display = configFile;
        const text = await readIfPresent(file, display);
        if (text === undefined) {
          throw new ConfigError(
            display,
            `${display}: cannot read configuration file: no such file or directory`,
          );
        }
        const found = fromText(text, file, display);
        if (!found) throw new ConfigError(display, `${display}: has no "provenance" key`);
        return found;
      })();
      explicit.set(file, pending);
    }
    return pending;
  }

  /** The configuration files that apply to `filePath`, in the order they are applied (farthest first). */
  async function filesFor(filePath: string, configFile?: string): Promise<ConfigFile[]> {
    if (configFile !== undefined) return [await explicitFile(configFile)];
    const nearestFirst = await chain(path.dirname(path.resolve(cwd, filePath)));
    return [...nearestFirst].reverse();
  }

  return {
    filesFor,
    /** The effective configuration of `filePath` and the files it came from. */
    async loadConfigFor(filePath: string, configFile?: string): Promise<LoadedConfig> {
      const absolute = path.resolve(cwd, filePath);
      const files = await filesFor(absolute, configFile);
      let config = defaultConfig;
      for (const file of files) config = resolveConfig(file.config, absolute, file.dir, config);
      return { config, sources: files.map((file) => file.display) };
    },
    /**
     * The `ignore` globs for a run in `cwd` and the folder they are relative to: those of the nearest
     * configuration file for the working folder that sets `ignore` (or of `--config FILE`).
     * `ignore` in configuration files below the working folder is not used for finding files
     * (as markdownlint-cli2 does); a `.provenanceignore` file there serves that purpose.
     */
    async ignorePatterns(configFile?: string): Promise<{ patterns: string[]; base: string }> {
      const files = await filesFor(path.join(cwd, '_'), configFile);
      for (const file of [...files].reverse()) {
        if (file.config.ignore) return { patterns: [...file.config.ignore], base: file.dir };
      }
      return { patterns: [], base: cwd };
    },
  };
}

export type ConfigLoader = ReturnType<typeof createConfigLoader>;

let shared: Map<string, ConfigLoader> | undefined;

function sharedLoader(cwd: string): ConfigLoader {
  shared ??= new Map();
  const key = path.resolve(cwd);
  let loader = shared.get(key);
  if (!loader) {
    loader = createConfigLoader(key);
    shared.set(key, loader);
  }
  return loader;
}

/**
 * The effective configuration of one article: discovered from its folder upward (see
 * {@link createConfigLoader} for the rules) or read from `options.configFile`, over the defaults.
 * Folders and files are cached for the life of the process, so a run over many files reads each
 * configuration file once; call {@link clearConfigCache} after a configuration file changes.
 * Throws a {@link ConfigError} for a malformed or invalid file, or a missing `configFile`.
 */
export function loadConfigFor(filePath: string, options: LoadOptions): Promise<LoadedConfig> {
  return sharedLoader(options.cwd).loadConfigFor(filePath, options.configFile);
}

/** The `ignore` globs that apply to a run in `options.cwd`; see `ConfigLoader.ignorePatterns`. */
export function loadIgnorePatterns(options: LoadOptions): Promise<{ patterns: string[]; base: string }> {
  return sharedLoader(options.cwd).ignorePatterns(options.configFile);
}

/** Forgets every cached configuration file (for watch modes and tests that rewrite files). */
export function clearConfigCache(): void {
  shared = undefined;
}
