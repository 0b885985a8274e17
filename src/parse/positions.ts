import type { Position } from '../types.ts';

/** Converts offsets into 1-based line and column. The one place positions are computed. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  position(offset: number): Position {
    const line = lastAtOrBefore(this.#starts, offset);
    return { line: line + 1, column: offset - (this.#starts[line] as number) + 1, offset };
  }
}

/** The index of the last value at or before `value` in an ascending list starting at or before it. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] as number) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
