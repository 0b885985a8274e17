import { byCodeUnit } from '../compare.ts';
import type { Config, RuleEntry } from '../config/types.ts';
import type { LineIndex } from '../parse/positions.ts';
import type { Analysis, Finding, Severity, SeveritySetting, Span } from '../types.ts';
import { directives } from './directives.ts';
import { rules } from './index.ts';
import type { Report } from './types.ts';

export interface EngineContext {
  source: string;
  config: Config;
  file: string;
  lines: LineIndex;
  comments: Array<Span & { text: string }>;
  excerpt(start: number, end: number): string;
  /** Report `provenance-disable…` comments that suppressed nothing. */
  reportUnusedDirectives?: boolean;
}

/** Rules that judge the writer's analysis: off for opinion pieces, where analysis is the point. */
const analysisRules = new Set(['mixed-analysis', 'cited-analysis']);

function setting(entry: RuleEntry | undefined): {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
} {
  if (entry === undefined) return { options: {} };
  if (Array.isArray(entry)) return { severity: entry[0], options: entry[1] ?? {} };
  return { severity: entry, options: {} };
}

/** The order of findings in a report: by position, then rule id, then end line. */
export const findingOrder = (a: Finding, b: Finding): number =>
  a.line - b.line || a.column - b.column || byCodeUnit(a.ruleId, b.ruleId) || a.endLine - b.endLine;

/** Runs every enabled rule, applies severities and inline directives, and sorts the findings. */
export function runRules(analysis: Omit<Analysis, 'findings'>, context: EngineContext): Finding[] {
  const findings: Finding[] = [];
  const { lines } = context;
  for (const rule of rules) {
    const { severity: configured, options } = setting(context.config.rules[rule.meta.id]);
    let severity: SeveritySetting = configured ?? rule.meta.defaultSeverity;
    if (context.config.type === 'opinion' && analysisRules.has(rule.meta.id)) severity = 'off';
    if (severity === 'off') continue;
    const level: Severity = severity;
    rule.check({
      analysis,
      source: context.source,
      config: context.config,
      options,
      report(report: Report) {
        const start = lines.position(report.start);
        const end = lines.position(report.end);
        findings.push({
          file: context.file,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          ruleId: rule.meta.id,
          severity: level,
          message: report.message,
          evidence: report.evidence ?? context.excerpt(report.start, report.end),
          ...(report.related ? { related: report.related } : {}),
        });
      },
    });
  }
  const inline = directives(context.comments, lines);
  const kept = inline.filter(findings);
  if (context.reportUnusedDirectives) {
    for (const d of inline.unused()) {
      const start = lines.position(d.start);
      const end = lines.position(d.end);
      kept.push({
        file: context.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ruleId: 'unused-disable-directive',
        severity: 'warning',
        message: `Unused provenance-${d.kind} directive${d.rules.length ? ` (${d.rules.join(', ')})` : ''}: nothing here was reported.`,
        evidence: context.source.slice(d.start, d.end).replace(/\s+/g, ' ').slice(0, 160),
      });
    }
  }
  return kept.sort(findingOrder);
}
