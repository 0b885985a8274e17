import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileJob } from './check-file.ts';

/**
 * From about this much text on, code optimised by V8's TurboFan repays its compilation in wall time. On
 * generated articles without it: 5 articles (25 KB) 0.79x the CPU and 0.96x the wall time, one 58 KB file
 * 0.68x and 0.95x, 50 articles (250 KB) 0.79x CPU but 1.21x wall.
 */
export const longRunBytes = 128 * 1024;

function sizeOf(job: FileJob): number {
  if (job.content) return job.content.byteLength;
  try {
    return statSync(resolve(job.cwd, job.file)).size;
  } catch {
    return 0; // Reported when the file is read.
  }
}

/**
 * From about this much text on, TurboFan's inlining repays its compilation time. Most of the CPU a run
 * spends beyond the main thread is TurboFan compiling, and inlining is most of that. On generated
 * articles without inlining: 1,000 (4.7 MB) 0.85x the CPU and 0.96x the wall time; 2,000 (9.4 MB) 0.93x
 * CPU but 1.02x wall; 10,000 (47 MB) 1.04x CPU and 1.07x wall.
 */
export const inliningBytes = 8 * 1024 * 1024;

/**
 * The command-line shell starts with TurboFan off, which saves a sixth of the CPU of checking one
 * article; a run over more text than `longRunBytes` turns it back on before the work starts, with
 * inlining from `inliningBytes` on. Each thread compiles its own code (two threads on 10,000 articles:
 * TurboFan took ~2.7 s of CPU per thread, on V8's helper threads); with three isolates on two cores
 * inlining did not repay it, with two (this thread checks its share) it does: 0.93x the wall time.
 *
 * A long run also keeps the heap compact (V8 grows it by at most half between collections): an article's
 * analysis is garbage once its findings are written, the live heap stays around 14 MB per thread, and
 * V8's default growth let each heap reach 60-100 MB of garbage between collections. Peak RSS on 10,000
 * articles: one thread 158 -> 128 MiB at the same CPU; two threads 243 -> 191-194 MiB at the same wall
 * time (with 16-file batches; with 64-file batches, whose outcomes lived long enough to fill the old
 * generation faster, the compact heap cost two threads 6-8% of their wall time).
 *
 * With two threads the main thread's old generation, a few MB larger than the worker's, sits within a
 * young generation (16 MB) of its limit, and V8 then starts incremental marking as soon as a collection
 * ends: on 10,000 articles it ran 81 mark-compacts against the worker's 21, marking nearly all the time.
 * `threads` above one starts marking when half the room to the limit is used instead (70%: at once):
 * 38-39 mark-compacts on the main thread (the worker's: 28), 6 paired runs all faster, median 0.93x the
 * wall time and 0.93x the CPU, same peak RSS (190 MiB). Later starts save more but cost memory: at 70%
 * (85%: at once) peak RSS was 195-200 MiB, at 80% 200-206 MiB.
 */
export function optimiseLongRun(jobs: readonly FileJob[], threads = 1): void {
  const turnOn = globalThis.__provenanceLongRun;
  if (!turnOn) return;
  let total = 0;
  for (const job of jobs) {
    total += sizeOf(job);
    if (total >= inliningBytes) break;
  }
  if (total >= longRunBytes) turnOn({ inlining: total >= inliningBytes, threads });
}
