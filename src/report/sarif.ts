import type { RuleMeta } from '../rules/types.ts';
import type { Finding, Severity } from '../types.ts';
import type { FileResult, ToolInfo } from './types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * Turns a path into a SARIF `artifactLocation.uri`: a relative URI reference with forward slashes and
 * each segment percent-encoded, or a `file://` URI for an absolute path.
 */
export function toArtifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const absolute = drive || slashed.startsWith('/');
  const segments = slashed
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)));
  const encoded = segments.join('/');
  if (!absolute) return encoded;
  return drive ? `file:///${encoded}` : `file://${encoded}`;
}

/** Renders findings as a SARIF 2.1.0 log with one run (for GitHub code scanning and other viewers). */
export function formatSarif(
  results: readonly FileResult[],
  rules: readonly RuleMeta[],
  tool: ToolInfo,
): string {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              help: { text: rule.help },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        // Our columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.findings.map((finding) => sarifResult(finding, result.file, ruleIndex)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifResult(finding: Finding, file: string, ruleIndex: Map<string, number>) {
  const uri = toArtifactUri(file);
  const index = ruleIndex.get(finding.ruleId);
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const region: Record<string, unknown> = {
    startLine,
    startColumn,
    endLine: Math.max(startLine, finding.endLine),
    endColumn: Math.max(1, finding.endColumn),
  };
  if (finding.evidence) region.snippet = { text: finding.evidence };
  return {
    ruleId: finding.ruleId,
    // A finding from a rule outside the list (a configuration problem, say) keeps its id but no index.
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
    ...(finding.related?.length
      ? {
          relatedLocations: finding.related.map((related, id) => ({
            id,
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: Math.max(1, related.line), startColumn: Math.max(1, related.column) },
            },
            message: { text: related.message },
          })),
        }
      : {}),
  };
}

/** `unsourced-claim` → `UnsourcedClaim`, the PascalCase name SARIF viewers show beside the id. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
