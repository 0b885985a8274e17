import { checkFile, type FileJob } from './check-file.ts';

const { serialize } = process.getBuiltinModule('node:v8');

/**
 * A worker thread's task: check a batch of files in order. Each outcome is serialized as soon as it is
 * made, so that it leaves the heap young instead of living until the batch is done.
 */
export default async function checkBatch(jobs: FileJob[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const job of jobs) out.push(serialize(await checkFile(job)));
  return out;
}
