import type { Finding } from '../types.ts';
import type { FileResult } from './types.ts';

/** A finding with its keys in the documented order. */
export function orderedFinding(f: Finding): Finding {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    evidence: f.evidence,
    ...(f.related
      ? { related: f.related.map((r) => ({ line: r.line, column: r.column, message: r.message })) }
      : {}),
  };
}

/** One element of the JSON report, indented as it stands inside the array. */
export function formatJsonElement(result: FileResult): string {
  const text = JSON.stringify({ file: result.file, findings: result.findings.map(orderedFinding) }, null, 2);
  // Only the line feeds between JSON's own lines: a U+2028 inside a string value is text, not a line.
  return `  ${text.replaceAll('\n', '\n  ')}`;
}

/** `[{file, findings}]`, stable key order, paths as given. */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map((r) => ({ file: r.file, findings: r.findings.map(orderedFinding) })),
    null,
    2,
  )}\n`;
}
