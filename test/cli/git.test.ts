import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../src/cli/git.ts';
import { run } from './helpers.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    stdio: 'pipe',
  });

const para = (n: number) => `The agency hired ${n} engineers in March 2024 for the new office.`;

function repo(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'provenance-git-'));
  git(cwd, 'init', '-q');
  writeFileSync(join(cwd, 'a.md'), `${para(1)}\n\n${para(2)}\n`);
  git(cwd, 'add', 'a.md');
  git(cwd, 'commit', '-qm', 'first');
  return cwd;
}

describe('changed-lines modes', () => {
  it('parses new-side hunks, counting a pure deletion at its line', () => {
    const diff = ['+++ b/x.md', '@@ -1,0 +2,3 @@', '@@ -9 +12 @@', '@@ -20,2 +22,0 @@'].join('\n');
    expect([...parseDiff(diff, '/r').entries()]).toEqual([
      [
        '/r/x.md',
        [
          [2, 4],
          [12, 12],
          [22, 22],
        ],
      ],
    ]);
  });

  it('--diff HEAD reports only findings in changed paragraphs', async () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'a.md'), `${para(1)}\n\n${para(3)}\n`);
    const all = await run(['check', 'a.md', '--format', 'json'], { cwd });
    expect(JSON.parse(all.stdout)[0].findings.map((f: { line: number }) => f.line)).toEqual([1, 3]);
    const changed = await run(['check', 'a.md', '--format', 'json', '--diff', 'HEAD'], { cwd });
    expect(JSON.parse(changed.stdout)[0].findings.map((f: { line: number }) => f.line)).toEqual([3]);
  });

  it('--staged checks the staged content of staged files when no path is given', async () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'a.md'), `${para(1)}\n\n${para(4)}\n`);
    git(cwd, 'add', 'a.md');
    // The work tree now differs from the index: the staged version is what is checked.
    writeFileSync(join(cwd, 'a.md'), 'Nothing here.\n');
    const { code, stdout } = await run(['check', '--staged', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.map((r: { file: string }) => r.file)).toEqual(['a.md']);
    expect(result[0].findings.map((f: { line: number }) => f.line)).toEqual([3]);
  });

  it('says clearly when it is not inside a git repository', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'provenance-nogit-'));
    writeFileSync(join(cwd, 'a.md'), `${para(1)}\n`);
    const { code, stderr } = await run(['check', 'a.md', '--diff', 'HEAD'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('inside a git repository');
  });
});
