import type { Scope } from '../types.ts';

/** What the scope computation needs to know about one sentence of a block. */
export interface ScopeSentence {
  /** Indices of this sentence's citation and link evidence. */
  sources: Array<{ id: number; trailing: boolean }>;
}

/**
 * Decides which sources back which sentences of one block. Returns, per sentence, the ids of the sources
 * that back it.
 *
 * - `preceding` (default): a citation, or a link that closes its sentence, backs its sentence and the
 *   sentences before it in the block back to the previous sentence that had one; a link inside a sentence
 *   backs that sentence only.
 * - `sentence`: each sentence is backed only by what it holds.
 * - `paragraph`: any source in the block backs every sentence of the block.
 */
export function backingByScope(sentences: readonly ScopeSentence[], scope: Scope): number[][] {
  const backing: number[][] = sentences.map((s) => s.sources.map((x) => x.id));
  if (scope === 'sentence') return backing;
  if (scope === 'paragraph') {
    const all = sentences.flatMap((s) => s.sources.map((x) => x.id));
    return sentences.map(() => all);
  }
  let pending: number[] = [];
  sentences.forEach((sentence, i) => {
    pending.push(i);
    const trailing = sentence.sources.filter((x) => x.trailing).map((x) => x.id);
    if (trailing.length === 0) return;
    for (const j of pending) if (j !== i) (backing[j] as number[]).push(...trailing);
    pending = [];
  });
  return backing;
}
