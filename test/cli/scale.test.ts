import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const article = (n: number) =>
  `# Story ${n}\n\nThe agency hired ${n} engineers in March 2024 [1]. The office will likely grow.\n\n` +
  `Officials said the budget rose by ${n} percent. The program started in ${2000 + (n % 20)}.\n`;

function folder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-scale-'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.md`), article(i));
  return dir;
}

describe('--cache', () => {
  it('gives the same report from the cache and writes the cache file', async () => {
    const dir = folder(5);
    const cache = join(dir, 'cache.json');
    const first = await run(['check', '.', '--format', 'json', '--cache', '--cache-location', cache], {
      cwd: dir,
    });
    expect(existsSync(cache)).toBe(true);
    const second = await run(['check', '.', '--format', 'json', '--cache', '--cache-location', cache], {
      cwd: dir,
    });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
  });

  it('is invalidated by a changed configuration', async () => {
    const dir = folder(2);
    const cache = join(dir, 'cache.json');
    const before = await run(['check', '.', '--format', 'json', '--cache', '--cache-location', cache], {
      cwd: dir,
    });
    expect(before.stdout).toContain('unsourced-claim');
    writeFileSync(join(dir, '.provenancerc.json'), '{"rules": {"unsourced-claim": "off"}}');
    const after = await run(['check', '.', '--format', 'json', '--cache', '--cache-location', cache], {
      cwd: dir,
    });
    expect(after.stdout).not.toContain('unsourced-claim');
  });

  it('keeps only entries of the last run, so the file does not grow without bound', async () => {
    const dir = folder(3);
    const cache = join(dir, 'cache.json');
    await run(['check', '.', '--cache', '--cache-location', cache], { cwd: dir });
    await run(['check', 'a0000.md', '--cache', '--cache-location', cache], { cwd: dir });
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).entries)).toHaveLength(1);
  });
});

describe('--jobs (worker threads, bundled command)', () => {
  const bin = join(process.cwd(), 'bin/provenance.cjs');
  it('prints exactly what one job prints', () => {
    if (!existsSync(join(process.cwd(), 'dist/worker.cjs')))
      execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
    const dir = folder(260);
    const one = spawnSync(process.execPath, [bin, 'check', dir, '--format', 'json', '-j', '1'], {
      encoding: 'utf8',
    });
    const two = spawnSync(process.execPath, [bin, 'check', dir, '--format', 'json', '-j', '2'], {
      encoding: 'utf8',
    });
    expect(one.status).toBe(two.status);
    expect(JSON.parse(one.stdout)).toHaveLength(260);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('reports a file it cannot read among the others, in order, on three threads as on one', () => {
    if (!existsSync(join(process.cwd(), 'dist/worker.cjs')))
      execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
    const dir = folder(90);
    writeFileSync(join(dir, 'a0045.md'), Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x00, 0x6f]));
    const args = (jobs: string) => [bin, 'check', dir, '--format', 'json', '-j', jobs];
    const one = spawnSync(process.execPath, args('1'), { encoding: 'utf8' });
    const three = spawnSync(process.execPath, args('3'), { encoding: 'utf8' });
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('a0045.md');
    expect(JSON.parse(one.stdout)).toHaveLength(89);
    expect(three.status).toBe(one.status);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
  });

  it('stops quietly when the reader closes the output early (| head)', () => {
    if (!existsSync(join(process.cwd(), 'dist/worker.cjs')))
      execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
    const dir = folder(40);
    const piped = spawnSync(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${bin}" check "${dir}" --format json -j 1 | head -c 100 > /dev/null`],
      { encoding: 'utf8' },
    );
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });

  it('rejects a bad --jobs value with exit 2', async () => {
    const { code, stderr } = await run(['check', 'fixtures/seed/nato-rutte.txt', '--jobs', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('--jobs');
  });
});

describe('--cross-file', () => {
  const lede =
    'The agency hired forty new engineers in March to build the new benefits portal for veterans across the country';
  it('reports a paragraph repeated from another article, naming both places and the lost citations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'provenance-cross-'));
    writeFileSync(join(dir, 'a.md'), `${lede} [1].\n\nOther text.\n`);
    writeFileSync(join(dir, 'b.md'), `Intro line here.\n\n${lede}.\n`);
    const { stdout } = await run(['check', '.', '--cross-file', '--format', 'json'], { cwd: dir });
    const [a, b] = JSON.parse(stdout);
    expect(a.findings.filter((f: { ruleId: string }) => f.ruleId === 'duplicate-across-files')).toEqual([]);
    const found = b.findings.find((f: { ruleId: string }) => f.ruleId === 'duplicate-across-files');
    expect(found).toMatchObject({ line: 3, column: 1, severity: 'warning' });
    expect(found.message).toBe('Paragraph repeats a paragraph of a.md (line 1) and lost its citations [1].');
    expect(found.related).toEqual([{ line: 1, column: 1, message: 'First copy in a.md.' }]);
  });

  it('finds nothing without the flag, and ignores short boilerplate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'provenance-cross-'));
    writeFileSync(join(dir, 'a.md'), `${lede}.\n\nSign up for our newsletter.\n`);
    writeFileSync(join(dir, 'b.md'), `${lede}.\n\nSign up for our newsletter.\n`);
    const plain = await run(['check', '.', '--format', 'json'], { cwd: dir });
    expect(plain.stdout).not.toContain('duplicate-across-files');
    const cross = await run(['check', '.', '--cross-file', '--format', 'json'], { cwd: dir });
    const rules = JSON.parse(cross.stdout)[1].findings.map(
      (f: { ruleId: string; line: number }) => `${f.line} ${f.ruleId}`,
    );
    expect(rules.filter((r: string) => r.endsWith('duplicate-across-files'))).toEqual([
      '1 duplicate-across-files',
    ]);
  });
});

describe('progress counter', () => {
  it('counts files on a terminal, and stays silent in CI, when piped or with --no-progress', async () => {
    const dir = folder(60);
    const tty = await run(['check', '.', '--format', 'json'], { cwd: dir, tty: true });
    expect(tty.stderr).toContain('\rprovenance: 60/60 files');
    const ci = await run(['check', '.', '--format', 'json'], { cwd: dir, tty: true, env: { CI: 'true' } });
    expect(ci.stderr).toBe('');
    const piped = await run(['check', '.', '--format', 'json'], { cwd: dir });
    expect(piped.stderr).toBe('');
    const off = await run(['check', '.', '--format', 'json', '--no-progress'], { cwd: dir, tty: true });
    expect(off.stderr).toBe('');
  });
});
