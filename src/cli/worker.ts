import { checkFile, type FileJob, type FileOutcome } from './check-file.ts';

/** A worker thread's task: check a batch of files in order. */
export default async function checkBatch(jobs: FileJob[]): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const job of jobs) out.push(await checkFile(job));
  return out;
}
