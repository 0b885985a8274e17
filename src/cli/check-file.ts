import { resolve } from 'node:path';
import { checkText, decodeArticle, type FileResult, readArticle } from '../check.ts';
import { ConfigError, configFingerprint, createConfigLoader } from '../config/index.ts';
import type { ResultCache } from './cache.ts';

/** What checking one file needs; plain data, so that a worker thread can receive it. */
export interface FileJob {
  /** As the user should see it. */
  file: string;
  cwd: string;
  configFile?: string;
  /** Keep the analysis (html, diff modes). */
  keep: boolean;
  /** Keep the prose paragraphs for the cross-article duplicate check. */
  cross?: boolean;
  /** Report disable directives that suppressed nothing. */
  reportUnusedDirectives?: boolean;
  /** Content to check instead of reading the file (the staged version). */
  content?: Uint8Array;
}

/** A result, or the one line that says why the file was not checked. */
export type FileOutcome = { result: FileResult } | { problem: string };

export type Loader = ReturnType<typeof createConfigLoader>;

// Per thread: a worker lives for one run, so its cache cannot go stale.
const loaders = new Map<string, Loader>();

function loaderFor(cwd: string): Loader {
  let loader = loaders.get(cwd);
  if (!loader) {
    loader = createConfigLoader(cwd);
    loaders.set(cwd, loader);
  }
  return loader;
}

/** Reads, configures and analyses one file; consults and fills the cache when one is given. */
export async function checkFile(job: FileJob, cache?: ResultCache, loader?: Loader): Promise<FileOutcome> {
  const absolute = resolve(job.cwd, job.file);
  const read = job.content ? decodeArticle(job.content) : await readArticle(absolute);
  if ('error' in read) return { problem: `provenance: ${job.file}: ${read.error}` };
  try {
    const { config } = await (loader ?? loaderFor(job.cwd)).loadConfigFor(absolute, job.configFile);
    const key =
      cache && !job.keep && !job.cross
        ? cache.key(read.text, `${configFingerprint(config)}${job.reportUnusedDirectives ? '+unused' : ''}`)
        : undefined;
    const hit = key ? cache?.get(key) : undefined;
    if (hit) {
      return {
        result: {
          file: job.file,
          findings: hit.findings.map((f) => ({ file: job.file, ...f })),
          coverage: { claims: hit.claims, backedClaims: hit.backedClaims },
        },
      };
    }
    const result = checkText(read.text, job.file, config, job.keep, job.reportUnusedDirectives, job.cross);
    if (key && cache) {
      cache.set(key, {
        findings: result.findings.map(({ file: _, ...rest }) => rest),
        claims: result.coverage?.claims ?? 0,
        backedClaims: result.coverage?.backedClaims ?? 0,
      });
    }
    return { result };
  } catch (error) {
    if (error instanceof ConfigError) return { problem: `provenance: ${error.message}` };
    if ((error as Error)?.name === 'InputError')
      return { problem: `provenance: ${job.file}: ${(error as Error).message}` };
    // One article that breaks the engine must not stop the others: say which, and carry on (exit 2).
    const message = error instanceof Error ? error.message : String(error);
    return {
      problem: `provenance: ${job.file}: internal error while checking (${message}); please report it`,
    };
  }
}
