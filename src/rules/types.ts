import type { Config } from '../config/types.ts';
import type { Analysis, RelatedLocation, Severity } from '../types.ts';

/** What a rule reports; the engine adds file, severity and rule id. Offsets are into the file text. */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** The text shown beside the finding; the reported span's text when omitted. */
  evidence?: string;
  related?: RelatedLocation[];
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line for `provenance rules` and SARIF `shortDescription`. */
  description: string;
  /** What to do about a finding: SARIF `help`. */
  help: string;
}

export interface RuleContext {
  /** The analysed article (findings still empty). */
  analysis: Omit<Analysis, 'findings'>;
  /** The full file text. */
  source: string;
  config: Config;
  /** Rule options from `rules: {id: [severity, options]}`. */
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
