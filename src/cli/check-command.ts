import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkText, type FileResult, readArticle } from '../check.ts';
import { provenanceMap } from '../report/map.ts';
import { tally } from '../report/stylish.ts';
import { configLoader } from './config.ts';
import { listFiles } from './list-files.ts';
import type { Io } from './main.ts';
import { formatReport } from './output.ts';

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
}

/** `provenance check`: returns the exit code. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const problems: string[] = [];
  const fail = (file: string, message: string) => problems.push(`provenance: ${file}: ${message}`);
  const loader = configLoader(io.cwd, flags.config);
  const needAnalysis = flags.format === 'html' || Boolean(flags.summary);
  const results: FileResult[] = [];

  const useStdin = flags.stdin || paths.includes('-');
  const named = paths.filter((p) => p !== '-');
  if (!useStdin && named.length === 0) {
    io.stderr(
      'provenance: no files given: name files, folders or globs, or use "-" to read standard input\n',
    );
    return 2;
  }
  try {
    if (useStdin) {
      const name = flags.stdinFilename ?? '<stdin>';
      const config = await loader.forFile(
        flags.stdinFilename ? resolve(io.cwd, flags.stdinFilename) : resolve(io.cwd, 'stdin.txt'),
      );
      results.push(checkText(await io.stdin(), name, config, needAnalysis));
    }
    const listed = await listFiles(named, {
      cwd: io.cwd,
      useIgnore: flags.ignore,
      errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
      ignoreFor: loader.ignoreFor,
    });
    for (const e of listed.errors) fail(e.path, e.message);
    const outputPath = flags.output ? resolve(io.cwd, flags.output) : undefined;
    for (const file of listed.files) {
      if (outputPath && resolve(io.cwd, file) === outputPath) {
        fail(file, 'is also the --output file; refusing to overwrite an input');
        return finish();
      }
    }
    for (const file of listed.files) {
      const read = await readArticle(resolve(io.cwd, file));
      if ('error' in read) {
        fail(file, read.error);
        continue;
      }
      const config = await loader.forFile(resolve(io.cwd, file));
      results.push(checkText(read.text, file, config, needAnalysis));
    }
  } catch (error) {
    if ((error as Error).name === 'ConfigError') {
      problems.push(`provenance: ${(error as Error).message}`);
      return finish();
    }
    throw error;
  }
  return finish();

  async function finish(): Promise<number> {
    for (const p of problems) io.stderr(`${p}\n`);
    const shown = flags.quiet
      ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
      : results;
    const report = await formatReport(flags.format, shown, flags.color && io.color && !flags.output);
    if (flags.output) {
      try {
        await writeFile(resolve(io.cwd, flags.output), report);
      } catch (error) {
        io.stderr(`provenance: ${flags.output}: cannot write the report: ${(error as Error).message}\n`);
        return 2;
      }
    } else if (report !== '') {
      io.stdout(report);
    }
    const counts = tally(results);
    if (flags.summary) io.stderr(`${summaryLine(results)}\n`);
    if (problems.length > 0) return 2;
    if (counts.error > 0) return 1;
    if (flags.maxWarnings !== undefined && counts.warning > flags.maxWarnings) return 1;
    return 0;
  }
}

/** One line for CI logs: files, findings by severity and claim coverage. */
export function summaryLine(results: readonly FileResult[]): string {
  const counts = tally(results);
  let claims = 0;
  let backed = 0;
  for (const r of results) {
    if (!r.analysis) continue;
    const map = provenanceMap(r.analysis);
    claims += map.claims;
    backed += map.backedClaims;
  }
  const coverage = claims === 0 ? 100 : (backed / claims) * 100;
  return `provenance: ${results.length} files, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos; coverage ${backed}/${claims} claims backed (${coverage.toFixed(1)}%)`;
}
