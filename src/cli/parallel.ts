import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileJob, FileOutcome } from './check-file.ts';
import { parallelThreshold } from './threads.ts';

/** Files per task: large enough that messaging is cheap, small enough to balance two threads. */
const batchSize = 64;

/** How many threads to use: `auto` is all cores (at most 4) from the threshold on, one below it. */
export function threadCount(jobs: number | 'auto', files: number): number {
  const cores = process.getBuiltinModule('node:os').availableParallelism();
  if (jobs === 'auto') return files >= parallelThreshold ? Math.min(cores, 4) : 1;
  return Math.max(1, Math.min(jobs, files));
}

/** The bundled worker beside the bundled CLI, when running from the bundle. */
export function workerFile(): string | undefined {
  const candidate = typeof __dirname === 'string' ? join(__dirname, 'worker.cjs') : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/**
 * Checks jobs on worker threads and hands the outcomes to `consume` in the order of `jobs`, batch by
 * batch as soon as every earlier batch is done, so nothing waits in memory longer than it must.
 */
export async function checkInParallel(
  jobs: FileJob[],
  threads: number,
  file: string,
  consume: (outcome: FileOutcome) => void,
  onProgress?: (done: number) => void,
): Promise<void> {
  // piscina stays outside the bundle (it locates its own worker script at run time) and is required, not
  // imported: the bundle runs through vm.Script, which has no loader for dynamic import().
  const { Piscina } = require('piscina') as typeof import('piscina');
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads });
  try {
    const batches: FileJob[][] = [];
    for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize));
    let finished = 0;
    const pending = batches.map(async (batch) => {
      const outcomes = (await pool.run(batch)) as FileOutcome[];
      finished += batch.length;
      onProgress?.(finished);
      return outcomes;
    });
    for (const batch of pending) for (const outcome of await batch) consume(outcome);
  } finally {
    await pool.destroy();
  }
}
