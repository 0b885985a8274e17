import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FileResult } from '../check.ts';
import { UsageError } from './errors.ts';

const run = promisify(execFile);

/** Changed line ranges (1-based, inclusive) per absolute file path. */
export type ChangedLines = Map<string, Array<[number, number]>>;

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new UsageError('--diff and --staged need git, which was not found on PATH');
    const first = (e.stderr ?? e.message).trim().split('\n')[0] ?? '';
    throw new UsageError(`git ${args[0]}: ${first}`);
  }
}

/** The top folder of the git work tree around `cwd`, or a usage error outside one. */
export async function gitRoot(cwd: string): Promise<string> {
  try {
    return (await run('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' })).stdout.trim();
  } catch {
    throw new UsageError('--diff and --staged work inside a git repository; this folder is not in one');
  }
}

/** Parses `git diff -U0` output into the changed line ranges of the new side. */
export function parseDiff(diff: string, root: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Array<[number, number]> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      current = undefined;
      if (path === '/dev/null') continue;
      const file = resolve(root, path.replace(/^b\//, '').replace(/^"(.*)"$/, '$1'));
      current = changed.get(file) ?? [];
      changed.set(file, current);
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const from = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      // A pure deletion changes the paragraph it was cut from: count the line where it happened.
      current.push(count === 0 ? [Math.max(1, from), Math.max(1, from)] : [from, from + count - 1]);
    }
  }
  return changed;
}

/** Lines changed against `ref` (working tree) or in the index (`staged`). */
export async function changedLines(
  options: { ref?: string; staged?: boolean },
  cwd: string,
): Promise<ChangedLines> {
  const root = await gitRoot(cwd);
  const args = [
    'diff',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--relative=',
    '--src-prefix=a/',
    '--dst-prefix=b/',
  ];
  if (options.staged) args.push('--cached');
  else if (options.ref) args.push(options.ref);
  args.push('--');
  return parseDiff(await git(args, root), root);
}

/** Files added, copied, modified or renamed in the index, as absolute paths. */
export async function stagedFiles(cwd: string): Promise<string[]> {
  const root = await gitRoot(cwd);
  const out = await git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], root);
  return out
    .split('\0')
    .filter(Boolean)
    .map((p) => resolve(root, p));
}

/** The staged content of a file (what the commit will hold). */
export async function stagedContent(file: string, cwd: string): Promise<Buffer> {
  const root = await gitRoot(cwd);
  const relative = file.startsWith(root) ? file.slice(root.length + 1) : file;
  try {
    const { stdout } = await run('git', ['show', `:${relative}`], {
      cwd: root,
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout as unknown as Buffer;
  } catch {
    throw new UsageError(`${file}: not in the git index`);
  }
}

/** Keeps the findings whose paragraph (or, outside paragraphs, whose own lines) overlaps a changed line. */
export function onlyChanged(result: FileResult, ranges: Array<[number, number]> | undefined): FileResult {
  if (!ranges || ranges.length === 0) return { ...result, findings: [] };
  const overlaps = (from: number, to: number) => ranges.some(([a, b]) => a <= to && from <= b);
  const paragraphs = result.analysis?.paragraphs ?? [];
  const findings = result.findings.filter((f) => {
    const p = paragraphs.find((x) => x.start.line <= f.line && f.line <= x.end.line);
    return p ? overlaps(p.start.line, p.end.line) : overlaps(f.line, f.endLine);
  });
  return { ...result, findings };
}
