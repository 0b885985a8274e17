/** One line of an evaluation report: our score on a data set beside the baselines'. */
export interface EvalRow {
  /** Data set folder name, e.g. `sbd-golden-rules-en`. */
  dataset: string;
  /** What `ours` and the baselines measure, e.g. `exact-list-match`. */
  metric: string;
  /** Number of cases scored. */
  n: number;
  /** Our score, a fraction in [0, 1]. */
  ours: number;
  /** Other systems' scores on the same cases, by name. */
  baselines: Record<string, number>;
  note?: string;
}
