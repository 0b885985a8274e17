import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const claim = (n: number) => `The agency hired ${n} engineers in March 2024.`;
const lines = (a: ReturnType<typeof analyze>) => a.findings.map((f) => `${f.line} ${f.ruleId}`);

describe('inline directives', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = `<!-- provenance-disable-next-line unsourced-claim -- from the press kit -->\n${claim(1)}\n\n${claim(2)}\n`;
    expect(lines(analyze(text, { format: 'markdown' }))).toEqual(['4 unsourced-claim']);
  });

  it('disable-next-line for another rule silences nothing', () => {
    const text = `<!-- provenance-disable-next-line mixed-analysis -->\n${claim(1)}\n`;
    expect(lines(analyze(text, { format: 'markdown' }))).toEqual(['2 unsourced-claim']);
  });

  it('disable … enable silences a range, for all rules when none is named', () => {
    const text = `${claim(1)}\n\n<!-- provenance-disable -->\n\n${claim(2)}\n\n<!-- provenance-enable -->\n\n${claim(3)}\n`;
    expect(lines(analyze(text, { format: 'markdown' }))).toEqual(['1 unsourced-claim', '9 unsourced-claim']);
  });

  it('disable-file silences the whole article', () => {
    const text = `${claim(1)}\n\n<!-- provenance-disable-file -->\n\n${claim(2)}\n`;
    expect(analyze(text, { format: 'markdown' }).findings).toEqual([]);
  });

  it('reports a directive that suppressed nothing when asked to', () => {
    const text = `<!-- provenance-disable-next-line duplicate-paragraph -->\n${claim(1)}\n`;
    const a = analyze(text, { format: 'markdown', reportUnusedDirectives: true });
    expect(lines(a)).toEqual(['1 unused-disable-directive', '2 unsourced-claim']);
    expect(a.findings[0]?.message).toBe(
      'Unused provenance-disable-next-line directive (duplicate-paragraph): nothing here was reported.',
    );
    expect(lines(analyze(text, { format: 'markdown' }))).toEqual(['2 unsourced-claim']);
  });
});
