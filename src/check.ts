import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { analyze, formatFor } from './analyze.ts';
import type { Config, UserConfig } from './config/types.ts';
import { provenanceMap } from './report/map.ts';
import type { FileResult as ReportedFile } from './report/types.ts';
import type { Analysis } from './types.ts';

/** The result for one checked file, as the JSON format prints it (`analysis`/`source` are not printed). */
export interface FileResult extends ReportedFile {
  /** Set when the file could not be checked; one line for a person. */
  error?: string;
  /** Claims and backed claims, for the coverage figure. */
  coverage?: { claims: number; backedClaims: number };
  /** Prose paragraphs for the cross-article duplicate check (only when asked for). */
  paragraphs?: Array<{ text: string; line: number; column: number; citations: string[] }>;
}

/** The prose paragraphs of an analysis with their citation ids, as the cross-article index takes them. */
export function crossParagraphs(analysis: Analysis): NonNullable<FileResult['paragraphs']> {
  return analysis.paragraphs
    .filter((p) => p.type === 'paragraph' || p.type === 'listItem' || p.type === 'blockquote')
    .map((p) => ({
      text: p.text,
      line: p.start.line,
      column: p.start.column,
      citations: p.sentences.flatMap((i) =>
        (analysis.sentences[i]?.evidence ?? []).flatMap((e) => (e.type === 'citation' ? (e.refs ?? []) : [])),
      ),
    }));
}

export interface CheckOptions {
  /** Configuration for every file, over the defaults. */
  config?: UserConfig | Config;
  /** Per-file configuration (discovery); wins over `config`. */
  configFor?: (file: string) => Promise<UserConfig | Config>;
  /** Keep `analysis` and `source` on each result (for the html, split and sources views). */
  keepAnalysis?: boolean;
}

/** Files larger than this are not analysed: an article is never this big, and a log file would hang the run. */
export const maxFileBytes = 16 * 1024 * 1024;

/** Reads a file as UTF-8 text, or says in one line why it cannot be checked. */
export async function readArticle(file: string): Promise<{ text: string } | { error: string }> {
  // Synchronous reads: one small file at a time, Node's promise-based reads cost about ten times the CPU
  // (chunked reads through the thread pool), and the checker has nothing else to do meanwhile.
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return { error: 'is a directory' };
    if (info.size > maxFileBytes)
      return { error: `file is ${(info.size / 1048576).toFixed(1)} MiB, over the 16 MiB limit` };
    return decodeArticle(readFileSync(fd));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file or directory' };
    if (code === 'EACCES' || code === 'EPERM') return { error: 'permission denied' };
    if (code === 'EISDIR') return { error: 'is a directory' };
    return { error: (error as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Rejects binary and non-UTF-8 input with a reason; returns the text otherwise. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes), not checked' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text, not checked' };
  }
}

/** Analyses one text that is already in memory (stdin, an editor buffer). */
export function checkText(
  text: string,
  file: string,
  config: UserConfig | Config | undefined,
  keep = false,
  reportUnusedDirectives = false,
  cross = false,
): FileResult {
  const analysis = analyze(text, {
    path: file,
    format: formatFor(file),
    reportUnusedDirectives,
    ...(config ? { config } : {}),
  });
  const { claims, backedClaims } = provenanceMap(analysis);
  return {
    file,
    findings: analysis.findings,
    coverage: { claims, backedClaims },
    ...(keep ? { analysis, source: text } : {}),
    ...(cross ? { paragraphs: crossParagraphs(analysis) } : {}),
  };
}

/**
 * Checks files (paths as given; folders and globs are expanded by the CLI) and returns one result per
 * file, in the order given. A file that cannot be read gets `error` and no findings.
 */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of paths) {
    const read = await readArticle(file);
    if ('error' in read) {
      results.push({ file, findings: [], error: read.error });
      continue;
    }
    const config = options.configFor ? await options.configFor(file) : options.config;
    results.push(checkText(read.text, file, config, options.keepAnalysis));
  }
  return results;
}
