/** Binary confusion counts for one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function count(pairs: Iterable<{ gold: boolean; predicted: boolean }>): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { gold, predicted } of pairs) {
    if (gold && predicted) c.tp++;
    else if (!gold && predicted) c.fp++;
    else if (gold && !predicted) c.fn++;
    else c.tn++;
  }
  return c;
}

/** F1 of the positive class (0 when nothing is predicted or expected). */
export function f1(c: Counts): number {
  const denominator = 2 * c.tp + c.fp + c.fn;
  return denominator === 0 ? 0 : (2 * c.tp) / denominator;
}

/** The same counts seen from the negative class. */
export function flip(c: Counts): Counts {
  return { tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp };
}

/** Mean of the F1 of both classes. */
export function macroF1(c: Counts): number {
  return (f1(c) + f1(flip(c))) / 2;
}

/** Counts for a constant prediction. */
export function constant(golds: readonly boolean[], predicted: boolean): Counts {
  return count(golds.map((gold) => ({ gold, predicted })));
}
