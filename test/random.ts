// Reproducible generated inputs for the tests that check a scanner against the expression it stands for.

/** A reproducible stream of pseudo-random numbers in [0, 1) (a linear congruential generator). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Pieces {
  pieces: readonly string[];
  separators: readonly string[];
  /** Each text has 1 to this many pieces. */
  maxPieces: number;
  /** A separator after every piece, the last too (default: only between pieces). */
  trailing?: boolean;
}

/** `count` texts made of pieces and separators picked at random, the same for the same seed. */
export function joinedPieces(
  count: number,
  seed: number,
  { pieces, separators, maxPieces, trailing }: Pieces,
): string[] {
  const next = random(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] as string;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * maxPieces);
    for (let k = 0; k < length; k++) {
      if (trailing) text += pick(pieces) + pick(separators);
      else text += (k === 0 ? '' : pick(separators)) + pick(pieces);
    }
    out.push(text);
  }
  return out;
}
