import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.ts';
import type { Finding } from '../../src/types.ts';

function finding(over: Partial<Finding>): Finding {
  return {
    file: 'articles/nato.md',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 40,
    ruleId: 'unsourced-claim',
    severity: 'warning',
    message: 'This claim has no source.',
    evidence: 'The Secretary-General is seeking …',
    ...over,
  };
}

describe('formatGithub', () => {
  it('writes one workflow command per finding with position and the rule id as title', () => {
    const out = formatGithub([
      {
        file: 'articles/nato.md',
        findings: [
          finding({}),
          finding({ line: 13, column: 1, endLine: 14, endColumn: 2, severity: 'error', ruleId: 'x' }),
        ],
      },
    ]);
    expect(out).toBe(
      '::warning file=articles/nato.md,line=3,col=5,endLine=3,endColumn=40,title=unsourced-claim::This claim has no source.\n' +
        '::error file=articles/nato.md,line=13,col=1,endLine=14,endColumn=2,title=x::This claim has no source.\n',
    );
  });

  it('turns info findings into notices', () => {
    const out = formatGithub([{ file: 'a.md', findings: [finding({ severity: 'info' })] }]);
    expect(out.startsWith('::notice file=a.md,')).toBe(true);
  });

  it('prints nothing when there are no findings', () => {
    expect(formatGithub([{ file: 'a.md', findings: [] }])).toBe('');
  });

  it('escapes %, CR and LF in the message so one finding stays one command', () => {
    const out = formatGithub([
      { file: 'a.md', findings: [finding({ message: '50% of it:\r\nsee, "here"' })] },
    ]);
    expect(out).toBe(
      '::warning file=a.md,line=3,col=5,endLine=3,endColumn=40,title=unsourced-claim::50%25 of it:%0D%0Asee, "here"\n',
    );
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('escapes : and , in the file name, so they cannot start another property or end the list', () => {
    const out = formatGithub([{ file: 'news/a,b:c 100%.md', findings: [finding({})] }]);
    expect(out).toContain('file=news/a%2Cb%3Ac 100%25.md,line=3,');
  });

  it('writes forward slashes in paths', () => {
    expect(formatGithub([{ file: 'news\\a.md', findings: [finding({})] }])).toContain('file=news/a.md,');
  });
});

describe('workflow command escaping', () => {
  it('escapes the percent sign first, so escapes are not escaped twice', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('leaves : and , alone in data but escapes them in properties', () => {
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });

  it('escapes every CR and LF, not only the first', () => {
    expect(escapeData('a\nb\nc\r')).toBe('a%0Ab%0Ac%0D');
  });
});
