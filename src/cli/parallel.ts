import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileJob, FileOutcome } from './check-file.ts';
import { parallelThreshold } from './threads.ts';

/**
 * Files per task. Messaging costs little (10,000 files: 625 tasks). Outcomes cross threads serialized, one
 * by one as they are made, and wait serialized for earlier batches: held as objects (a batch's outcomes
 * until the batch was done, then until its turn), they survived young-generation collections, which copied
 * and promoted them (10,000 files on two threads: scavenges took 2.3-2.7 ms each, against 1.4 ms in one
 * process checking half the files; serialized, 0.90x the wall time of holding objects, same output).
 */
const batchSize = 16;

/** Batches queued per worker, so that a worker never waits for the main thread to hand it work. */
const batchesAhead = 3;

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

/** Gives the event loop a turn: worker results are received and new batches handed out. */
const turn = () => new Promise<void>((done) => setImmediate(done));

/**
 * Checks jobs on `threads` threads, this one and `threads - 1` workers, and hands the outcomes to
 * `consume` in the order of `jobs`. Batches are claimed in order by whichever thread is free; a batch's
 * outcomes wait only until every earlier batch is done, and a worker holds at most a few batches, so
 * memory does not grow with the run. This thread takes a batch of its own between handing out work, so
 * a run on two threads has two isolates, not three.
 */
export async function checkInParallel(
  jobs: FileJob[],
  threads: number,
  file: string,
  check: (job: FileJob) => Promise<FileOutcome>,
  consume: (outcome: FileOutcome) => void,
  onProgress?: (done: number) => void,
): Promise<void> {
  // piscina stays outside the bundle (it locates its own worker script at run time) and is required, not
  // imported: the bundle runs through vm.Script, which has no loader for dynamic import().
  const { Piscina } = require('piscina') as typeof import('piscina');
  const workers = threads - 1;
  const pool = new Piscina({
    filename: file,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: batchesAhead,
  });
  const { serialize, deserialize } = process.getBuiltinModule('node:v8');
  const batches = Math.ceil(jobs.length / batchSize);
  // Finished batches waiting for an earlier one, serialized (see batchSize).
  const done = new Map<number, Uint8Array[]>();
  let claimed = 0;
  let emitted = 0;
  let finished = 0;
  let inFlight = 0;
  let failure: { error: unknown } | undefined;
  // This thread waits on a worker when the run ends, or when it has run too far ahead of a slow batch.
  let waiting: (() => void) | undefined;
  const settle = () => {
    const wake = waiting;
    waiting = undefined;
    wake?.();
  };
  const wait = () => new Promise<void>((resolve) => (waiting = resolve));
  const maxWaiting = workers * batchesAhead + 2;
  const slice = (batch: number) => jobs.slice(batch * batchSize, (batch + 1) * batchSize);
  const progress = (files: number) => {
    finished += files;
    onProgress?.(finished);
  };
  const release = (outcomes: Uint8Array[]) => {
    for (const bytes of outcomes) consume(deserialize(bytes) as FileOutcome);
  };
  const emitReady = () => {
    for (let ready = done.get(emitted); ready; ready = done.get(emitted)) {
      done.delete(emitted++);
      release(ready);
    }
  };
  const complete = (batch: number, outcomes: Uint8Array[]) => {
    done.set(batch, outcomes);
    emitReady();
  };
  const feed = () => {
    while (!failure && inFlight < workers * batchesAhead && claimed < batches) {
      const batch = claimed++;
      inFlight++;
      (pool.run(slice(batch)) as Promise<Uint8Array[]>).then(
        (outcomes) => {
          inFlight--;
          try {
            if (!failure) {
              progress(outcomes.length);
              complete(batch, outcomes);
            }
            feed();
          } catch (error) {
            failure ??= { error };
          }
          settle();
        },
        (error: unknown) => {
          inFlight--;
          failure ??= { error };
          settle();
        },
      );
    }
  };
  try {
    feed();
    while (!failure && claimed < batches) {
      // Outcomes held for a batch still running elsewhere (a very large file, say) are bounded.
      if (done.size >= maxWaiting) {
        await wait();
        continue;
      }
      const batch = claimed++;
      // Outcomes are consumed as they come once every earlier batch is out, and held serialized until then.
      const held: Uint8Array[] = [];
      for (const job of slice(batch)) {
        const outcome = await check(job);
        progress(1);
        if (emitted === batch) {
          release(held);
          held.length = 0;
          consume(outcome);
        } else {
          held.push(serialize(outcome));
        }
        await turn();
      }
      complete(batch, held);
      feed();
    }
    while (inFlight > 0) await wait();
    if (failure) throw failure.error;
  } finally {
    await pool.destroy();
  }
}
