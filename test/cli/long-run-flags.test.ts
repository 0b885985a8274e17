import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Records the V8 flags the command-line shell sets, through a module loaded before it.
const hook = `const v8 = require('node:v8');
const { appendFileSync } = require('node:fs');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  appendFileSync(process.env.PROVENANCE_FLAGS_LOG, flags + '\\n');
  return set(flags);
};
`;

describe('the V8 flags of a long run', () => {
  let dir = '';
  const run = (jobs: string) => {
    const log = join(dir, `flags-${jobs}.log`);
    writeFileSync(log, '');
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        join(dir, 'hook.cjs'),
        join(process.cwd(), 'bin', 'provenance.cjs'),
        'check',
        join(dir, 'long'),
      ].concat(['--format', 'json', '--jobs', jobs]),
      { encoding: 'utf8', env: { ...process.env, PROVENANCE_FLAGS_LOG: log } },
    );
    return { ...result, flags: readFileSync(log, 'utf8') };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'provenance-flags-'));
    writeFileSync(join(dir, 'hook.cjs'), hook);
    mkdirSync(join(dir, 'long'));
    const paragraph = 'The agency hired 40 engineers in March 2024, officials said. '.repeat(40);
    for (let i = 0; i < 60; i++)
      writeFileSync(join(dir, 'long', `a${i}.md`), `# Story ${i}\n\n${paragraph}\n`);
  });

  it('start marking halfway to the heap limit on two threads only, with the same report', () => {
    const one = run('1');
    const two = run('2');
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(one.flags).toContain('--opt');
    expect(one.flags).toContain('--heap-growing-percent=50');
    expect(one.flags).not.toContain('incremental-marking');
    expect(two.flags).toContain(
      '--incremental-marking-soft-trigger=50 --incremental-marking-hard-trigger=70',
    );
    expect(JSON.parse(two.stdout)).toHaveLength(60);
    expect(two.stdout).toBe(one.stdout);
  });
});
