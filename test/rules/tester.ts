import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/config/rule-ids.ts';
import { analyze } from '../../src/index.ts';

export interface Invalid {
  text: string;
  findings: Array<{
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    message?: RegExp | string;
  }>;
  format?: 'markdown' | 'text';
}

/** Runs one rule alone: every valid case must give zero findings, every invalid case exactly its findings. */
export function ruleTester(
  ruleId: string,
  cases: { valid: Array<string | { text: string; format?: 'markdown' | 'text' }>; invalid: Invalid[] },
) {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === ruleId ? 'warning' : 'off'])) as Record<
    string,
    'warning' | 'off'
  >;
  const findings = (text: string, format: 'markdown' | 'text' = 'markdown') =>
    analyze(text, { format, config: { rules } }).findings;

  describe(ruleId, () => {
    it.each(cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c)))(
      'valid: $text',
      ({ text, format }) => {
        expect(findings(text, format)).toEqual([]);
      },
    );
    it.each(cases.invalid)('invalid: $text', ({ text, findings: expected, format }) => {
      const got = findings(text, format);
      expect(got.map((f) => f.ruleId)).toEqual(expected.map(() => ruleId));
      expected.forEach((e, i) => {
        const f = got[i];
        expect(f).toMatchObject({ line: e.line, column: e.column });
        if (e.endLine !== undefined) expect(f?.endLine).toBe(e.endLine);
        if (e.endColumn !== undefined) expect(f?.endColumn).toBe(e.endColumn);
        if (e.message !== undefined) expect(f?.message).toMatch(e.message);
      });
    });
  });
}
