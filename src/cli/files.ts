import type { Dirent, Stats } from 'node:fs';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { byCodeUnit } from '../compare.ts';
import { ignorePackage, picomatchPackage } from '../lazy.ts';

/** The extensions a folder walk picks up: Markdown and plain text. */
export const CHECKED_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** Folders never walked into: dependencies and Git's own data. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Ignore files read in every walked folder (gitignore syntax; each applies to its folder and below). */
const IGNORE_FILES = ['.gitignore', '.provenanceignore'] as const;

export interface ExpandOptions {
  /** The folder relative paths are resolved against and reported relative to. */
  cwd: string;
  /** False (`--no-ignore`): ignore files and `extraIgnore` are not used; node_modules and .git are still skipped. */
  useIgnore: boolean;
  /** False: a glob or folder that yields no file is not an error. */
  errorOnUnmatchedPattern: boolean;
  /** More globs of files to leave out (the configuration's `ignore`), relative to `ignoreBase`. */
  extraIgnore?: string[];
  /** The folder `extraIgnore` globs are relative to (the configuration file's folder); `cwd` when omitted. */
  ignoreBase?: string;
}

export interface ExpandError {
  /** The argument as the user wrote it. */
  path: string;
  /** One line for a person, naming the argument: `"docs/*.md": no files match`. */
  message: string;
}

export interface ExpandResult {
  files: string[];
  errors: ExpandError[];
}

interface Layer {
  dir: string;
  rules: Ignore;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function isChecked(name: string): boolean {
  const lower = name.toLowerCase();
  return CHECKED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (error as Error).message;
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Folder globs mean "everything below", as in .gitignore: `drafts`, `drafts/` and `drafts/**` agree. */
function extraIgnoreMatcher(globs: string[]): (relative: string) => boolean {
  const expanded = globs.flatMap((glob) => {
    const bare = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    return [bare, `${bare}/**`];
  });
  return picomatchPackage()(expanded, { dot: true });
}

/**
 * Expands command-line paths into the files to check.
 *
 * - An existing file is always included, as written, whatever its extension and even if ignored.
 * - A folder is walked for `.md`, `.markdown` and `.txt` files, skipping `node_modules` and `.git`.
 * - A pattern with glob characters that is not an existing path is expanded by us (picomatch, dot files
 *   included), walking from its static base folder. A glob whose last segment names an extension
 *   (`**\/*.mdx`) matches files of any extension; one that does not (`docs/**`) matches only the
 *   extensions a folder walk picks up.
 * - Walked and globbed files honour `.gitignore` and `.provenanceignore` (in each folder, for that folder
 *   and below, plus those of the folders above the walk up to the Git work tree's top, or up to `cwd`
 *   outside a work tree) and `extraIgnore`, unless `useIgnore` is false.
 * - Errors, one per argument: `"<path>": no such file or directory`; `"<glob>": no files match`;
 *   `"<folder>": all matching files are ignored` (the last two unless `errorOnUnmatchedPattern` is false).
 *
 * Paths are reported as the user wrote them (`docs` gives `docs/a.md`; an absolute argument gives
 * absolute paths), deduplicated by real path, in code-unit order. Symbolic links are followed; a link
 * back to a folder already being walked is skipped, so link loops end; a file reachable both through a
 * linked folder and directly is listed once, under the direct path. `-` (stdin) is the caller's business.
 */
export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<ExpandResult> {
  const cwd = path.resolve(options.cwd);
  const layerCache = new Map<string, Promise<Ignore | undefined>>();
  const ignoreBase = path.resolve(cwd, options.ignoreBase ?? cwd);
  const extra =
    options.useIgnore && options.extraIgnore?.length ? extraIgnoreMatcher(options.extraIgnore) : undefined;
  /** Real path -> how the file is shown; `viaLink` when reached through a linked folder or file. */
  const found = new Map<string, { display: string; viaLink: boolean }>();
  const errors: ExpandError[] = [];

  // One file reached by two paths (a linked folder and the folder itself) is checked once, under the
  // path without a link when there is one.
  const add = (real: string, display: string, viaLink: boolean) => {
    const previous = found.get(real);
    if (!previous || (previous.viaLink && !viaLink)) found.set(real, { display, viaLink });
  };

  function rulesIn(dir: string): Promise<Ignore | undefined> {
    let pending = layerCache.get(dir);
    if (!pending) {
      pending = (async () => {
        const texts: string[] = [];
        for (const name of IGNORE_FILES) {
          try {
            texts.push(readFileSync(path.join(dir, name), 'utf8'));
          } catch {
            // No ignore file here (or unreadable): nothing to apply.
          }
        }
        return texts.length ? ignorePackage()().add(texts.join('\n')) : undefined;
      })();
      layerCache.set(dir, pending);
    }
    return pending;
  }

  async function withLayer(layers: Layer[], dir: string, names?: Set<string>): Promise<Layer[]> {
    if (!options.useIgnore) return layers;
    if (names && !IGNORE_FILES.some((name) => names.has(name))) return layers;
    const rules = await rulesIn(dir);
    return rules ? [...layers, { dir, rules }] : layers;
  }

  /** The ignore layers of the folders above `dir` that apply to it, outermost first. */
  async function ancestorLayers(dir: string): Promise<Layer[]> {
    if (!options.useIgnore) return [];
    const chain: string[] = [];
    let top: string | undefined;
    for (let current = dir; ; current = path.dirname(current)) {
      chain.unshift(current);
      if (await statOrUndefined(path.join(current, '.git'))) {
        top = current;
        break;
      }
      if (path.dirname(current) === current) break;
    }
    if (top === undefined) {
      // Outside a Git work tree, ignore files count from the working folder down (or from the walk itself).
      const inside = !path.relative(cwd, dir).startsWith('..') && !path.isAbsolute(path.relative(cwd, dir));
      const start = inside ? cwd : dir;
      chain.splice(0, chain.indexOf(start));
    }
    let layers: Layer[] = [];
    for (const folder of chain.slice(0, -1)) layers = await withLayer(layers, folder);
    return layers;
  }

  function ignored(absolute: string, isDir: boolean, layers: Layer[]): boolean {
    if (!options.useIgnore) return false;
    let state = false;
    for (const layer of layers) {
      const relative = toPosix(path.relative(layer.dir, absolute));
      // The ignore package throws on paths outside its folder (or on another drive).
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) continue;
      const result = layer.rules.test(isDir ? `${relative}/` : relative);
      if (result.ignored) state = true;
      else if (result.unignored) state = false;
    }
    if (!state && extra) {
      const relative = toPosix(path.relative(ignoreBase, absolute));
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && extra(relative))
        state = true;
    }
    return state;
  }

  /**
   * Walks `dir` (shown as `display`) `depth` folders deep, adding the files `accept` takes and ignore
   * rules leave in; returns how many it added and how many ignore rules left out. `ancestors` holds the real
   * paths of the folders being walked, so a link back to one of them (a loop) is not followed.
   */
  async function walk(
    dir: string,
    display: string,
    real: string,
    depth: number,
    layers: Layer[],
    ancestors: Set<string>,
    viaLink: boolean,
    accept: (display: string, name: string) => boolean,
  ): Promise<{ matched: number; ignoredCount: number }> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ path: display, message: `"${display}": ${reason(error)}` });
      return { matched: 0, ignoredCount: 0 };
    }
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    const here = await withLayer(layers, dir, new Set(entries.map((entry) => entry.name)));
    let matched = 0;
    let ignoredCount = 0;
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const shown = path.join(display, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let entryReal = path.join(real, entry.name);
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        const target = await statOrUndefined(absolute);
        if (!target) continue; // A dangling link is not a file to check.
        isDir = target.isDirectory();
        isFile = target.isFile();
        try {
          entryReal = realpathSync.native(absolute);
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (depth <= 0 || SKIPPED_FOLDERS.has(entry.name) || ancestors.has(entryReal)) continue;
        if (ignored(absolute, true, here)) continue;
        ancestors.add(entryReal);
        const below = await walk(
          absolute,
          shown,
          entryReal,
          depth - 1,
          here,
          ancestors,
          viaLink || isLink,
          accept,
        );
        ancestors.delete(entryReal);
        matched += below.matched;
        ignoredCount += below.ignoredCount;
      } else if (isFile && accept(shown, entry.name)) {
        if (ignored(absolute, false, here)) {
          ignoredCount++;
        } else {
          matched++;
          add(entryReal, shown, viaLink || isLink);
        }
      }
    }
    return { matched, ignoredCount };
  }

  async function walkFrom(
    dir: string,
    display: string,
    depth: number,
    accept: (display: string, name: string) => boolean,
  ): Promise<{ matched: number; ignoredCount: number }> {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch (error) {
      errors.push({ path: display, message: `"${display}": ${reason(error)}` });
      return { matched: 0, ignoredCount: 0 };
    }
    return walk(dir, display, real, depth, await ancestorLayers(dir), new Set([real]), false, accept);
  }

  const unmatched = (pattern: string, result: { matched: number; ignoredCount: number }) => {
    if (result.matched > 0 || !options.errorOnUnmatchedPattern) return;
    const what = result.ignoredCount > 0 ? 'all matching files are ignored' : 'no files match';
    errors.push({ path: pattern, message: `"${pattern}": ${what}` });
  };

  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const stats = await statOrUndefined(absolute);
    const display = path.normalize(pattern);
    if (stats?.isFile()) {
      add(realpathSync.native(absolute), display.replace(/[\\/]+$/, ''), false);
      continue;
    }
    if (stats?.isDirectory()) {
      const errorsBefore = errors.length;
      const result = await walkFrom(absolute, display, Number.POSITIVE_INFINITY, (_shown, name) =>
        isChecked(name),
      );
      if (errors.length === errorsBefore) unmatched(pattern, result);
      continue;
    }
    if (stats) {
      errors.push({ path: pattern, message: `"${pattern}": not a file or folder` });
      continue;
    }
    const scan = picomatchPackage().scan(pattern);
    if (!scan.isGlob) {
      errors.push({ path: pattern, message: `"${pattern}": no such file or directory` });
      continue;
    }
    const glob = toPosix(pattern).replace(/^\.\//, '');
    const isMatch = picomatchPackage()(glob, { dot: true });
    const lastSegment = glob.slice(glob.lastIndexOf('/') + 1);
    const anyExtension = lastSegment.includes('.');
    const base = scan.base || '.';
    const baseAbsolute = path.resolve(cwd, base);
    if (!(await statOrUndefined(baseAbsolute))?.isDirectory()) {
      if (options.errorOnUnmatchedPattern)
        errors.push({ path: pattern, message: `"${pattern}": no files match` });
      continue;
    }
    // Without `**`, a glob cannot match deeper than its own segments: no need to walk further.
    const depth = scan.glob.includes('**') ? Number.POSITIVE_INFINITY : scan.glob.split('/').length - 1;
    const result = await walkFrom(
      baseAbsolute,
      path.normalize(base),
      depth,
      (shown, name) => (anyExtension || isChecked(name)) && isMatch(toPosix(shown)),
    );
    unmatched(pattern, result);
  }

  const files = [...found.values()].map((file) => file.display).sort(byCodeUnit);
  return { files, errors };
}
