import type { Severity } from '../types.ts';
import type { FileResult } from './types.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escapes the message of a workflow command, as the GitHub Actions runner decodes it. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: as data, plus `:` and `,` that delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Renders findings as GitHub Actions workflow commands (`::error file=…::message`), one a line, so a
 * CI step shows them as annotations on the pull request.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = result.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    for (const finding of result.findings) {
      const properties = [
        ['file', file],
        ['line', String(finding.line)],
        ['col', String(finding.column)],
        ['endLine', String(finding.endLine)],
        ['endColumn', String(finding.endColumn)],
        ['title', finding.ruleId],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value ?? '')}`)
        .join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
