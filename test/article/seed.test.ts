import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const path = 'fixtures/seed/nato-rutte.txt';
const text = readFileSync(path, 'utf8');
const analysis = analyze(text, { path });
const at = (line: number, nth: number) => {
  const found = analysis.sentences.filter((s) => s.start.line === line)[nth];
  if (!found) throw new Error(`no sentence ${nth} on line ${line}`);
  return found;
};
const findingsAt = (line: number, column: number) =>
  analysis.findings.filter((f) => f.line === line && f.column === column).map((f) => f.ruleId);

describe('the seed article (SPEC.md table)', () => {
  it('keeps its missing final newline (copied byte for byte)', () => {
    expect(text.endsWith('\n')).toBe(false);
  });

  it('has 13 sentences in 8 paragraphs; "D.C.," and "U.S." do not end sentences', () => {
    expect(analysis.sentences).toHaveLength(13);
    expect(analysis.paragraphs).toHaveLength(8);
    expect(analysis.sentences.map((s) => s.start.line)).toEqual([1, 3, 3, 5, 5, 7, 7, 9, 9, 11, 13, 15, 15]);
    expect(at(1, 0).text).toMatch(/^NATO Secretary-General .* Trump \[1, 2\]\.$/);
  });

  it.each([
    [1, 0, 'fact', ['1', '2']],
    [3, 0, 'fact', ['1', '2']],
    [3, 1, 'analysis', []],
    [5, 0, 'fact', ['1', '2']],
    [5, 1, 'fact', []],
    [7, 0, 'fact', ['2']],
    [7, 1, 'fact', []],
    [9, 0, 'fact', ['1', '2']],
    [9, 1, 'analysis', []],
    [11, 0, 'analysis', ['2']],
    [13, 0, 'fact', []],
    [15, 0, 'analysis', []],
    [15, 1, 'analysis', []],
  ] as const)('line %i sentence %i is %s, backed by %j', (line, nth, kind, refs) => {
    const s = at(line, nth);
    expect(s.kind).toBe(kind);
    expect(s.backing.flatMap((e) => e.refs ?? [])).toEqual(refs);
    expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('finds the anonymous attribution on line 7', () => {
    expect(at(7, 0).evidence.some((e) => e.type === 'anonymous')).toBe(true);
  });

  it('reports the duplicate at 13:1 pointing at 1:1 and naming the lost citations', () => {
    const dup = analysis.findings.find((f) => f.ruleId === 'duplicate-paragraph');
    expect(dup).toMatchObject({ line: 13, column: 1, severity: 'error' });
    expect(dup?.message).toContain('[1, 2]');
    expect(dup?.related).toEqual([expect.objectContaining({ line: 1, column: 1 })]);
  });

  it('flags exactly the expected warnings and errors', () => {
    const serious = analysis.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(serious).toEqual([
      `3:${at(3, 1).start.column} mixed-analysis`,
      `5:${at(5, 1).start.column} unsourced-claim`,
      `7:${at(7, 1).start.column} unsourced-claim`,
      `9:${at(9, 1).start.column} mixed-analysis`,
      '13:1 duplicate-paragraph',
    ]);
  });

  it('gives the anonymous source and the cited analysis as info', () => {
    expect(findingsAt(7, 1)).toContain('anonymous-source');
    expect(findingsAt(11, 1)).toContain('cited-analysis');
  });

  it('gives no finding to a cited sentence but the info notes', () => {
    for (const s of analysis.sentences.filter((x) => x.backing.length > 0)) {
      const rules = analysis.findings
        .filter((f) => f.line === s.start.line && f.column === s.start.column)
        .map((f) => f.ruleId);
      expect(rules.filter((r) => r === 'unsourced-claim' || r === 'mixed-analysis')).toEqual([]);
    }
  });

  it('gives the sentences of the duplicate paragraph no other finding', () => {
    expect(analysis.findings.filter((f) => f.line === 13).map((f) => f.ruleId)).toEqual([
      'duplicate-paragraph',
    ]);
  });
});
