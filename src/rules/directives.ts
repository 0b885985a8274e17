import type { LineIndex } from '../parse/positions.ts';
import type { Finding, Span } from '../types.ts';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[];
  line: number;
}

const pattern =
  /^\s*provenance-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)(?:--[\s\S]*)?$/;

/**
 * Reads `<!-- provenance-disable… -->` comments and filters findings by them:
 * `disable-next-line rule[, rule] -- reason`, `disable rule` … `enable rule`, `disable-file`.
 * No rule list means every rule.
 */
export function directives(comments: Array<Span & { text: string }>, _source: string, lines: LineIndex) {
  const list: Directive[] = [];
  for (const c of comments) {
    const m = pattern.exec(c.text);
    if (!m) continue;
    const rules = (m[2] as string)
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const at = lines.position(c.start);
    const endLine = lines.position(c.end).line;
    list.push({
      kind: m[1] as Directive['kind'],
      rules,
      line: m[1] === 'disable-next-line' ? endLine + 1 : at.line,
    });
  }
  const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);
  return {
    list,
    filter(findings: Finding[]): Finding[] {
      if (list.length === 0) return findings;
      return findings.filter((f) => {
        let off = false;
        for (const d of list) {
          if (!covers(d, f.ruleId)) continue;
          if (d.kind === 'disable-file') return false;
          if ((d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.line === f.line)
            return false;
          if (d.kind === 'disable' && d.line <= f.line) off = true;
          if (d.kind === 'enable' && d.line <= f.line) off = false;
        }
        return !off;
      });
    },
  };
}
