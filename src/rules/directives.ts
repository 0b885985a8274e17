import type { LineIndex } from '../parse/positions.ts';
import type { Finding, Span } from '../types.ts';

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[];
  /** The line a line directive applies to; the line a range directive starts or ends at. */
  line: number;
  /** True once it has suppressed a finding (an `enable` is never "used"). */
  used: boolean;
}

const pattern =
  /^\s*provenance-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)(?:--[\s\S]*)?$/;

/**
 * Reads `<!-- provenance-disable… -->` comments and filters findings by them:
 * `disable-next-line rule[, rule] -- reason`, `disable-line`, `disable rule` … `enable rule`,
 * `disable-file`. No rule list means every rule; text after `--` is the reason.
 */
export function directives(comments: Array<Span & { text: string }>, lines: LineIndex) {
  const list: Directive[] = [];
  for (const c of comments) {
    const m = pattern.exec(c.text);
    if (!m) continue;
    const rules = (m[2] as string)
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const line = m[1] === 'disable-next-line' ? lines.position(c.end).line + 1 : lines.position(c.start).line;
    list.push({ start: c.start, end: c.end, kind: m[1] as Directive['kind'], rules, line, used: false });
  }
  const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);
  return {
    list,
    filter(findings: Finding[]): Finding[] {
      if (list.length === 0) return findings;
      return findings.filter((f) => {
        let active: Directive | undefined;
        for (const d of list) {
          if (!covers(d, f.ruleId)) continue;
          if (
            d.kind === 'disable-file' ||
            ((d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.line === f.line)
          ) {
            d.used = true;
            return false;
          }
          if (d.kind === 'disable' && d.line <= f.line) active = d;
          if (d.kind === 'enable' && d.line <= f.line) active = undefined;
        }
        if (active) active.used = true;
        return !active;
      });
    },
    /** Disable directives that suppressed nothing. */
    unused(): Directive[] {
      return list.filter((d) => d.kind !== 'enable' && !d.used);
    },
  };
}
