import { statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { checkText, type FileResult } from '../check.ts';
import { ConfigError, createConfigLoader } from '../config/index.ts';
import { CrossFileIndex } from '../duplicates/cross-file.ts';
import { findingOrder } from '../rules/engine.ts';
import { ResultCache } from './cache.ts';
import { checkFile, type FileJob, type FileOutcome } from './check-file.ts';
import { UsageError } from './errors.ts';
import { CHECKED_EXTENSIONS, expandPaths } from './files.ts';
import type { Io } from './main.ts';
import { checkInParallel, threadCount, workerFile } from './parallel.ts';
import { ReportSink, type Totals } from './sink.ts';
import { optimiseLongRun } from './tiering.ts';
import { version } from './version.ts';

export interface CheckFlags {
  format: 'stylish' | 'json' | 'sarif' | 'github' | 'html';
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  config?: string;
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  summary?: boolean;
  minCoverage?: number;
  diff?: string;
  staged?: boolean;
  progress?: boolean;
  jobs?: number | 'auto';
  cache?: boolean;
  cacheLocation?: string;
  reportUnusedDisableDirectives?: boolean;
  crossFile?: boolean;
  crossFileThreshold?: number;
}

function crossOptions(threshold: number | undefined): { threshold?: number } {
  return threshold === undefined ? {} : { threshold };
}

/** Adds one finding per paragraph repeated from another checked article, on the later copy. */
function addCrossFindings(results: FileResult[], index: CrossFileIndex): void {
  const byFile = new Map(results.map((r) => [r.file, r]));
  for (const d of index.results()) {
    const result = byFile.get(d.copy.file);
    if (!result) continue;
    const lost = d.lostCitations.length ? ` and lost its citations [${d.lostCitations.join(', ')}]` : '';
    result.findings.push({
      file: d.copy.file,
      line: d.copy.line,
      column: d.copy.column,
      endLine: d.copy.line,
      endColumn: d.copy.column,
      ruleId: 'duplicate-across-files',
      severity: 'warning',
      message: `Paragraph ${d.exact ? 'repeats' : 'nearly repeats'} a paragraph of ${d.original.file} (line ${d.original.line})${lost}.`,
      evidence: `${d.original.file}:${d.original.line}:${d.original.column}`,
      related: [
        { line: d.original.line, column: d.original.column, message: `First copy in ${d.original.file}.` },
      ],
    });
  }
  for (const r of results) r.findings.sort(findingOrder);
}

/** Cached results are valid for one version of the tool and of its Node.js (Intl data can differ). */
const cacheVersion = `${version}/${process.version}`;

/** `--cache-location` may name a file or an existing folder (then `.provenancecache` inside it). */
function cacheLocation(cwd: string, location: string | undefined): string {
  const target = resolve(cwd, location ?? '.provenancecache');
  try {
    if (statSync(target).isDirectory()) return join(target, '.provenancecache');
  } catch {}
  return target;
}

/** A progress counter on stderr for long runs on a terminal; silent in CI and when piped. */
function progress(io: Io, total: number, enabled: boolean) {
  const on = enabled && io.isTTY && !io.env.CI && total >= 50;
  let last = 0;
  return {
    tick(done: number) {
      if (!on) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      io.stderr(`\rprovenance: ${done}/${total} files`);
    },
    clear() {
      if (on) io.stderr('\r\x1b[K');
    },
  };
}

/** `provenance check`: returns the exit code. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const problems: string[] = [];
  const fail = (file: string, message: string) => problems.push(`provenance: ${file}: ${message}`);
  const loader = createConfigLoader(io.cwd);
  const configFor = async (file: string) => (await loader.loadConfigFor(file, flags.config)).config;
  const diffMode = flags.diff !== undefined || Boolean(flags.staged);
  const keep = flags.format === 'html' || diffMode;
  let outputRefused = false;
  let sink: ReportSink | undefined;
  const pending: FileResult[] = [];
  const add = (result: FileResult) => {
    if (sink) sink.add(result);
    else pending.push(result);
  };

  const useStdin = flags.stdin || paths.includes('-');
  const named = paths.filter((p) => p !== '-');
  try {
    const git = diffMode ? await import('./git.ts') : undefined;
    if (flags.staged && named.length === 0 && !useStdin && git) {
      const staged = await git.stagedFiles(io.cwd);
      const relative = (file: string) =>
        file.startsWith(`${io.cwd}/`) ? file.slice(io.cwd.length + 1) : file;
      named.push(
        ...staged
          .filter((f) => (CHECKED_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()))
          .map(relative),
      );
      if (named.length === 0) return finish();
    }
    if (!useStdin && named.length === 0) {
      io.stderr(
        'provenance: no files given: name files, folders or globs, or use "-" to read standard input\n',
      );
      return 2;
    }
    if (flags.minCoverage !== undefined && !(flags.minCoverage >= 0 && flags.minCoverage <= 100)) {
      throw new UsageError(`--min-coverage expects a percentage from 0 to 100, got ${flags.minCoverage}`);
    }
    const changed = git
      ? await git.changedLines({ ref: flags.diff, staged: flags.staged }, io.cwd)
      : undefined;

    if (useStdin) {
      const name = flags.stdinFilename ?? '<stdin>';
      const config = await configFor(resolve(io.cwd, flags.stdinFilename ?? 'stdin.txt'));
      try {
        add(checkText(await io.stdin(), name, config, keep, Boolean(flags.reportUnusedDisableDirectives)));
      } catch (error) {
        if ((error as Error)?.name !== 'InputError') throw error;
        problems.push(`provenance: ${name}: ${(error as Error).message}`);
      }
    }
    const ignore = flags.ignore ? await loader.ignorePatterns(flags.config) : { patterns: [], base: io.cwd };
    const listed = await expandPaths(named, {
      cwd: io.cwd,
      useIgnore: flags.ignore,
      errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
      extraIgnore: ignore.patterns,
      ignoreBase: ignore.base,
    });
    for (const e of listed.errors) problems.push(`provenance: ${e.message.replace(/^"(.*?)": /, '$1: ')}`);
    const outputPath = flags.output ? resolve(io.cwd, flags.output) : undefined;
    if (outputPath && listed.files.some((file) => resolve(io.cwd, file) === outputPath)) {
      fail(flags.output as string, 'is also a checked file; refusing to overwrite an input with --output');
      outputRefused = true;
      return finish();
    }
    sink = openSink();
    for (const r of pending.splice(0)) sink.add(r);
    const counter = progress(io, listed.files.length, flags.progress !== false);
    const jobs: FileJob[] = [];
    for (const file of listed.files) {
      const job: FileJob = {
        file,
        cwd: io.cwd,
        keep,
        reportUnusedDirectives: Boolean(flags.reportUnusedDisableDirectives),
        cross: Boolean(flags.crossFile),
        ...(flags.config ? { configFile: flags.config } : {}),
      };
      if (flags.staged && git) {
        try {
          job.content = await git.stagedContent(resolve(io.cwd, file), io.cwd);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          fail(file, 'not in the git index (--staged checks what will be committed)');
          continue;
        }
      }
      jobs.push(job);
    }
    const cache = flags.cache
      ? new ResultCache(cacheLocation(io.cwd, flags.cacheLocation), cacheVersion)
      : undefined;
    await cache?.load();
    const threads = threadCount(flags.jobs ?? 'auto', jobs.length);
    const worker = threads > 1 && !cache ? workerFile() : undefined;
    optimiseLongRun(jobs, worker ? threads : 1);
    const cross = flags.crossFile ? new CrossFileIndex(crossOptions(flags.crossFileThreshold)) : undefined;
    const consume = (outcome: FileOutcome) => {
      if ('problem' in outcome) {
        problems.push(outcome.problem);
        return;
      }
      const { paragraphs, ...result } = outcome.result;
      // Only signatures stay in memory: the paragraph texts are dropped once indexed.
      if (cross && paragraphs) cross.add(result.file, paragraphs);
      const absolute = resolve(io.cwd, result.file);
      add(changed && git ? git.onlyChanged(result, changed.get(absolute)) : result);
    };
    if (worker) {
      await checkInParallel(
        jobs,
        threads,
        worker,
        (job) => checkFile(job, undefined, loader),
        consume,
        (n) => counter.tick(n),
      );
    } else {
      let done = 0;
      for (const job of jobs) {
        consume(await checkFile(job, cache, loader));
        counter.tick(++done);
      }
    }
    if (cross && sink) addCrossFindings(sink.kept, cross);
    await cache?.save().catch((error: Error) => {
      problems.push(`provenance: cannot write the cache: ${error.message}`);
    });
    counter.clear();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      problems.push(`provenance: ${error.message}`);
      return finish();
    }
    throw error;
  }
  return finish();

  function openSink(): ReportSink {
    return new ReportSink(flags.format, io, {
      color: flags.color && io.color && !flags.output,
      keepAll: Boolean(flags.crossFile),
      quiet: Boolean(flags.quiet),
      ...(flags.output ? { output: resolve(io.cwd, flags.output) } : {}),
    });
  }

  async function finish(): Promise<number> {
    // A bad configuration file fails every article under it: say so once.
    for (const p of new Set(problems)) io.stderr(`${p}\n`);
    if (outputRefused) return 2;
    if (!sink) {
      sink = openSink();
      for (const r of pending.splice(0)) sink.add(r);
    }
    try {
      await sink.end();
    } catch (error) {
      io.stderr(`provenance: ${flags.output}: cannot write the report: ${(error as Error).message}\n`);
      return 2;
    }
    const { counts, claims, backed } = sink.totals;
    const percent = claims === 0 ? 100 : (backed / claims) * 100;
    if (flags.summary) io.stderr(`${summaryLine(sink.totals)}\n`);
    if (problems.length > 0) return 2;
    if (counts.error > 0) return 1;
    if (flags.maxWarnings !== undefined && counts.warning > flags.maxWarnings) return 1;
    if (flags.minCoverage !== undefined && percent < flags.minCoverage) {
      io.stderr(
        `provenance: claim coverage ${percent.toFixed(1)}% (${backed}/${claims}) is below --min-coverage ${flags.minCoverage}%\n`,
      );
      return 1;
    }
    return 0;
  }
}

/** One line for CI logs: files, findings by severity and claim coverage. */
export function summaryLine(totals: Totals): string {
  const { counts, claims, backed, files } = totals;
  const percent = claims === 0 ? 100 : (backed / claims) * 100;
  return `provenance: ${files} files, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos; coverage ${backed}/${claims} claims backed (${percent.toFixed(1)}%)`;
}
