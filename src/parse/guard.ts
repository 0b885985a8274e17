/** Containers (block quotes, list items) nested deeper than this make Markdown parsing explode in time. */
export const maxNesting = 100;

/** Thrown for input no article has and that cannot be checked in reasonable time or memory. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Refuses Markdown whose block containers nest more than {@link maxNesting} levels: a line that starts
 * with a hundred `>` or is indented for a hundred nested list items. Parsing such input takes minutes and
 * gigabytes, and no article is written that way.
 */
export function guardNesting(source: string): void {
  let lineStart = 0;
  while (lineStart < source.length) {
    let depth = 0;
    let columns = 0;
    let i = lineStart;
    for (; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 62 /* > */) depth++;
      else if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else break;
    }
    // Each nested list level indents its content by at least two columns.
    if (depth + Math.floor(columns / 2) > maxNesting) {
      const line = source.slice(0, lineStart).split('\n').length;
      throw new InputError(`line ${line}: Markdown nested more than ${maxNesting} levels deep; not checked`);
    }
    const next = source.indexOf('\n', i);
    if (next === -1) break;
    lineStart = next + 1;
  }
}
