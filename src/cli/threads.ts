/**
 * Below this many files one thread is as fast or faster: one job already keeps the second core busy with
 * V8's garbage collection and compilation, and workers start cold. Measured with two threads against
 * one on generated 5 KB articles: 500 files 1.15x the wall time (1.44x the CPU), 1,000 files 0.95-1.01x,
 * 2,000 files 0.86x, 10,000 files 0.73-0.84x.
 */
export const parallelThreshold = 1500;
