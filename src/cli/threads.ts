/**
 * Below this many files one thread is as fast or faster: one job already keeps the second core busy with
 * V8's garbage collection and compilation, and a worker starts cold. Measured with two threads (this one
 * and a worker) against one on generated 5 KB articles: 200 files 1.11x the wall time, 500 files 1.07x,
 * 1,000 files 0.98x, 2,000 files 0.89x, 10,000 files 0.69-0.72x.
 */
export const parallelThreshold = 1500;
