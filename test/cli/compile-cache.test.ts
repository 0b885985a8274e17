import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// A copy of the command (bin and dist) with its own node_modules folder, so that its code cache is its own.
function install(): string {
  if (!existsSync(join(process.cwd(), 'dist/engine.cjs')))
    execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'provenance-cache-'));
  cpSync(join(process.cwd(), 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(process.cwd(), 'dist'), join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(process.cwd(), 'node_modules'))) {
    if (name !== '.cache')
      symlinkSync(join(process.cwd(), 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

describe('the code cache of the command', () => {
  let dir = '';
  const cacheFiles = () => {
    const folder = join(dir, 'node_modules', '.cache', 'fact-provenance');
    return existsSync(folder) ? readdirSync(folder).sort() : [];
  };
  const check = (...args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'provenance.cjs'), 'check', ...args, '--format', 'json'], {
      encoding: 'utf8',
    });
  beforeAll(() => {
    dir = install();
  });

  it('is not written by a long run, whose code serves a short one poorly', () => {
    const long = join(dir, 'long');
    mkdirSync(long);
    const paragraph = 'The agency hired 40 engineers in March 2024, officials said. '.repeat(40);
    for (let i = 0; i < 60; i++) writeFileSync(join(long, `a${i}.md`), `# Story ${i}\n\n${paragraph}\n`);
    const run = check(long);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toHaveLength(60);
    expect(cacheFiles()).toEqual([]);
  });

  it('is written by a short run, read by the next, and changes nothing in the report', () => {
    const article = join(process.cwd(), 'fixtures/seed/nato-rutte.txt');
    const first = check(article);
    const written = cacheFiles();
    expect(written.map((name) => name.replace(/-.*/, ''))).toEqual(['cli', 'engine']);
    const second = check(article);
    expect(cacheFiles()).toEqual(written);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    rmSync(join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
    const uncached = spawnSync(
      process.execPath,
      [join(dir, 'bin', 'provenance.cjs'), 'check', article, '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, PROVENANCE_NO_COMPILE_CACHE: '1' } },
    );
    expect(uncached.stdout).toBe(first.stdout);
    expect(cacheFiles()).toEqual([]);
  });
});
