import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../src/cli/version.ts';
import { run } from './helpers.ts';

const seed = 'fixtures/seed/nato-rutte.txt';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'provenance-cli-'));
}

describe('provenance check', () => {
  it('exits 1 on the seed article (an error-level duplicate) and prints a summary line', async () => {
    const { code, stdout } = await run(['check', seed]);
    expect(code).toBe(1);
    expect(stdout).toContain(seed);
    expect(stdout).toMatch(
      /13:1 +error +Paragraph repeats the paragraph at line 1 and lost its citations \[1, 2\]/,
    );
    expect(stdout).toMatch(/✖ \d+ problems \(1 error, 4 warnings, \d+ infos\) in 1 file checked/);
  });

  it('is the default command', async () => {
    expect((await run([seed])).code).toBe(1);
  });

  it('prints JSON with stable key order and the path as given', async () => {
    const { stdout } = await run(['check', seed, '--format', 'json']);
    const parsed = JSON.parse(stdout);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].file).toBe(seed);
    expect(Object.keys(parsed[0].findings[0])).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'ruleId',
      'severity',
      'message',
      'evidence',
    ]);
  });

  it('exits 0 for a clean article', async () => {
    const dir = scratch();
    const file = join(dir, 'clean.txt');
    writeFileSync(file, 'Rutte said the talks went well.\n');
    const { code, stdout } = await run(['check', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('no problems');
  });

  it('exits 1 when warnings exceed --max-warnings, 0 at the limit', async () => {
    const dir = scratch();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'The agency hired 40 engineers in March 2024.\n');
    expect((await run(['check', file, '--max-warnings', '0'])).code).toBe(1);
    expect((await run(['check', file, '--max-warnings', '1'])).code).toBe(0);
  });

  it('rejects a --max-warnings that is not a number with exit 2', async () => {
    const { code, stderr } = await run(['check', seed, '--max-warnings', 'lots']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings');
  });

  it('--quiet shows errors only', async () => {
    const { stdout } = await run(['check', seed, '--quiet', '--format', 'json']);
    const findings = JSON.parse(stdout)[0].findings;
    expect(findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
  });

  it('names a missing path on stderr, still checks the other files, exits 2', async () => {
    const { code, stdout, stderr } = await run(['check', 'no/such/file.md', seed, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe('provenance: no/such/file.md: no such file or directory\n');
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([seed]);
  });

  it('refuses binary and non-UTF-8 files with one line each, exit 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait.\n', 'latin1'));
    const { code, stderr } = await run(['check', join(dir, 'image.md'), join(dir, 'latin1.txt')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `provenance: ${join(dir, 'image.md')}: binary file (contains NUL bytes), not checked`,
      `provenance: ${join(dir, 'latin1.txt')}: not valid UTF-8 text, not checked`,
    ]);
  });

  it('reads standard input with "-", named by --stdin-filename', async () => {
    const text = readFileSync(seed, 'utf8');
    const { code, stdout } = await run(['check', '-', '--stdin-filename', 'story.txt', '--format', 'json'], {
      stdin: text,
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].file).toBe('story.txt');
  });

  it('keeps a line separator in a file name as it is in the JSON report', async () => {
    // JSON leaves U+2028 unescaped; it is text inside a string, not a line to indent.
    const name = 'story\u2028draft.txt';
    const { stdout } = await run(['check', '-', '--stdin-filename', name, '--format', 'json'], {
      stdin: 'Talks resumed on Monday.\n',
    });
    expect(JSON.parse(stdout)[0].file).toBe(name);
  });

  it('writes the report to -o and never to an input file', async () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    expect((await run(['check', seed, '--format', 'json', '-o', out])).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].file).toBe(seed);

    const input = join(dir, 'story.txt');
    writeFileSync(input, 'Rutte said the talks went well.\n');
    const before = statSync(input).mtimeMs;
    const { code, stderr } = await run(['check', input, '-o', input]);
    expect(code).toBe(2);
    expect(stderr).toContain('refusing to overwrite an input');
    expect(readFileSync(input, 'utf8')).toBe('Rutte said the talks went well.\n');
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it('exits 2 with a message when no path is given', async () => {
    const { code, stderr } = await run(['check']);
    expect(code).toBe(2);
    expect(stderr).toContain('no files given');
  });

  it('exits 2 on an unknown flag', async () => {
    const { code, stderr } = await run(['check', '--bogus', seed]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--bogus'");
  });
});

describe('provenance rules, --help, --version', () => {
  it('lists the nine rules with their default severities', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^unsourced-claim +warning +/);
    expect(stdout).toMatch(/duplicate-paragraph +error/);
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(version).toBe(pkg.version);
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('prints help with every command', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of ['check', 'split', 'sources', 'rules']) expect(stdout).toContain(command);
  });
});

describe('provenance split and sources', () => {
  it('split --format json separates facts, unsourced claims and analysis', async () => {
    const { code, stdout } = await run(['split', seed, '--format', 'json']);
    expect(code).toBe(0);
    const view = JSON.parse(stdout);
    expect(view.unsourced.map((s: { line: number }) => s.line)).toEqual([5, 7]);
    expect(view.analysis.map((s: { line: number }) => s.line)).toEqual([3, 9, 11, 15, 15]);
    expect(view.facts.map((s: { line: number }) => s.line)).toEqual([1, 3, 5, 7, 9]);
    expect(view.facts[0].sources).toEqual(['[1, 2]']);
  });

  it('split --format markdown has the three sections', async () => {
    const { stdout } = await run(['split', seed, '--format', 'markdown']);
    expect(stdout).toMatch(/## Reported facts[\s\S]*## Unsourced claims[\s\S]*## Analysis/);
  });

  it('sources maps each citation to the sentences it backs and gives coverage', async () => {
    const { code, stdout } = await run(['sources', seed, '--format', 'json']);
    expect(code).toBe(0);
    const map = JSON.parse(stdout);
    const one = map.sources.find((s: { key: string }) => s.key === '[1]');
    expect(one.sentences.map((s: { line: number }) => s.line)).toEqual([1, 3, 5, 9]);
    expect(map.unbacked.map((s: { line: number }) => s.line)).toEqual([5, 7]);
    expect(map.coverage).toBeCloseTo(map.backedClaims / map.claims, 4);
  });

  it('sources as text ends with the coverage line', async () => {
    const { stdout } = await run(['sources', seed]);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^Coverage: \d+\/\d+ claims backed \(\d+%\)$/);
  });

  it('split names a missing file and exits 2', async () => {
    const { code, stderr } = await run(['split', 'missing.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('provenance: missing.md: no such file or directory\n');
  });
});

describe('pathological input', () => {
  it('refuses Markdown nested a thousand levels deep with one line, and checks the other files', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'deep.md'), `${'>'.repeat(1000)} deep\n`);
    writeFileSync(
      join(dir, 'nested.md'),
      Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- nested`).join('\n'),
    );
    writeFileSync(join(dir, 'ok.txt'), 'Rutte said the talks went well.\n');
    const { code, stdout, stderr } = await run(['check', dir, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${join(dir, 'deep.md')}: line 1: Markdown nested more than 100 levels deep; not checked`,
    );
    expect(stderr).toContain(
      `${join(dir, 'nested.md')}: line 101: Markdown nested more than 100 levels deep`,
    );
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([join(dir, 'ok.txt')]);
  });

  it('refuses lines the Markdown parser cannot take in reasonable time', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'stars.md'), `${'*a'.repeat(6000)}\n`);
    writeFileSync(join(dir, 'markers.md'), `${'1. '.repeat(500)}x\n`);
    writeFileSync(join(dir, 'para.md'), `Intro.\n\n${'word *em* [l](u) `c`\n'.repeat(8000)}`);
    const { code, stderr } = await run(['check', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${join(dir, 'para.md')}: line 3: a paragraph with more than 20000 emphasis or link delimiters`,
    );
    expect(stderr).toContain(
      `${join(dir, 'stars.md')}: line 1: more than 5000 emphasis or link delimiters on one line`,
    );
    expect(stderr).toContain(`${join(dir, 'markers.md')}: line 1: Markdown nested more than 100 levels deep`);
  });

  it('handles a long run of quotation marks, dots and parentheses in linear time', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'quotes.md'),
      `${'“'.repeat(100000)} x\n\n${'('.repeat(100000)}\n\n${'a.'.repeat(100000)}\n`,
    );
    const { code } = await run(['check', join(dir, 'quotes.md'), '--format', 'json']);
    expect(code).toBeLessThan(2);
  });
});
