import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileJob } from '../../src/cli/check-file.ts';
import { inliningBytes, longRunBytes, optimiseLongRun } from '../../src/cli/tiering.ts';

const job = (bytes: number): FileJob => ({
  file: 'a.md',
  cwd: '/',
  keep: false,
  content: new Uint8Array(bytes),
});

describe('optimiseLongRun', () => {
  let calls = 0;
  let inlined: boolean[] = [];
  let threads: number[] = [];
  afterEach(() => {
    globalThis.__provenanceLongRun = undefined;
    calls = 0;
    inlined = [];
    threads = [];
  });
  const install = () => {
    globalThis.__provenanceLongRun = (tiers) => {
      calls++;
      inlined.push(tiers.inlining);
      threads.push(tiers.threads);
    };
  };

  it('leaves the optimising compiler off for a few articles', () => {
    install();
    optimiseLongRun([job(5000), job(5000), job(longRunBytes - 10_001)]);
    expect(calls).toBe(0);
  });

  it('turns it on once when the text reaches the threshold', () => {
    install();
    optimiseLongRun([job(longRunBytes / 2), job(longRunBytes / 2), job(longRunBytes)]);
    expect(calls).toBe(1);
    expect(inlined).toEqual([false]);
  });

  it('asks for inlining only when the text reaches its own, larger threshold', () => {
    install();
    optimiseLongRun([job(inliningBytes / 2), job(inliningBytes / 2 - 1)]);
    optimiseLongRun([job(inliningBytes / 2), job(inliningBytes / 2), job(1)]);
    expect(inlined).toEqual([false, true]);
  });

  it('passes on how many threads the run uses (one unless told)', () => {
    install();
    optimiseLongRun([job(longRunBytes)]);
    optimiseLongRun([job(longRunBytes)], 2);
    expect(threads).toEqual([1, 2]);
  });

  it('counts files on disk by their size and skips missing ones', () => {
    install();
    const dir = mkdtempSync(join(tmpdir(), 'provenance-tiering-'));
    writeFileSync(join(dir, 'big.md'), 'x'.repeat(longRunBytes));
    optimiseLongRun([{ file: 'missing.md', cwd: dir, keep: false }]);
    expect(calls).toBe(0);
    optimiseLongRun([
      { file: 'missing.md', cwd: dir, keep: false },
      { file: 'big.md', cwd: dir, keep: false },
    ]);
    expect(calls).toBe(1);
  });

  it('does nothing outside the command-line shell', () => {
    expect(() => optimiseLongRun([job(longRunBytes * 4)])).not.toThrow();
    expect(calls).toBe(0);
  });
});
