import type { Finding, Severity } from '../types.ts';
import { plain, type Style } from './style.ts';
import type { FileResult } from './types.ts';

const label: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts of findings by severity. */
export function tally(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

const paint = (style: Style, s: Severity, text: string) =>
  s === 'error' ? style.red(text) : s === 'warning' ? style.yellow(text) : style.blue(text);

/** One file's block: its path, then `line:col  severity  message  rule` and the excerpt; '' when clean. */
export function formatStylishFile(result: FileResult, style: Style = plain): string {
  if (result.findings.length === 0) return '';
  const out: string[] = [style.underline(result.file)];
  const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
  for (const f of result.findings as Finding[]) {
    const where = `${f.line}:${f.column}`.padStart(width);
    out.push(
      `  ${style.dim(where)}  ${paint(style, f.severity, label[f.severity].padEnd(7))}  ${f.message}  ${style.dim(f.ruleId)}`,
    );
    out.push(`  ${' '.repeat(width)}  ${style.dim(`> ${f.evidence}`)}`);
    for (const r of f.related ?? [])
      out.push(`  ${' '.repeat(width)}  ${style.dim(`  ${r.line}:${r.column} ${r.message}`)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** The closing line: problems by severity and files checked. */
export function formatStylishSummary(
  counts: Record<Severity, number>,
  files: number,
  style: Style = plain,
): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `${style.green(`✔ ${plural(files, 'file')} checked, no problems`)}\n`;
  const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}) in ${plural(files, 'file')} checked`;
  return `${counts.error > 0 ? style.red(style.bold(summary)) : style.yellow(style.bold(summary))}\n`;
}

/**
 * Grouped by file: `line:col  severity  message  rule`, the sentence excerpt under it, a summary line.
 * Files without findings are not listed.
 */
export function formatStylish(results: readonly FileResult[], style: Style = plain): string {
  return (
    results.map((r) => formatStylishFile(r, style)).join('') +
    formatStylishSummary(tally(results), results.length, style)
  );
}
