/** Containers (block quotes, list items) nested deeper than this make Markdown parsing explode in time. */
export const maxNesting = 100;
/** Emphasis and link delimiters on one line above this make the Markdown parser's time explode. */
export const maxDelimiters = 5000;
/**
 * The same over a paragraph's lines (until a blank line): resolving emphasis takes time quadratic in
 * them. The most the ~3,000 corpus articles hold is about 500.
 */
export const maxParagraphDelimiters = 20000;

/** Thrown for input no article has and that cannot be checked in reasonable time or memory. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Refuses Markdown that would take the parser minutes and gigabytes, and that no article is written like:
 * block containers nested more than {@link maxNesting} levels (a line that starts with a hundred `>`,
 * "- - - …" or "1. 1. 1. …", or is indented for a hundred nested list items), a line with more than
 * {@link maxDelimiters} emphasis or link delimiters, or a paragraph with more than
 * {@link maxParagraphDelimiters}.
 */
export function guardNesting(source: string): void {
  let lineStart = 0;
  let paragraphDelimiters = 0;
  let paragraphStart = -1;
  while (lineStart < source.length) {
    let depth = 0;
    let columns = 0;
    let i = lineStart;
    for (; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 62 /* > */) depth++;
      else if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else if ((c === 45 || c === 42 || c === 43) && source.charCodeAt(i + 1) === 32)
        depth++; // "- ", "* ", "+ "
      else if (c >= 48 && c <= 57) {
        // "1. " and "1) " open a nested ordered list when they follow a marker on the same line.
        let j = i;
        while (j < source.length && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        const after = source.charCodeAt(j);
        if ((after === 46 || after === 41) && source.charCodeAt(j + 1) === 32 && j - i <= 9) {
          depth++;
          i = j;
        } else break;
      } else break;
    }
    // Each nested list level indents its content by at least two columns.
    if (depth + Math.floor(columns / 2) > maxNesting) {
      const line = source.slice(0, lineStart).split('\n').length;
      throw new InputError(`line ${line}: Markdown nested more than ${maxNesting} levels deep; not checked`);
    }
    const next = source.indexOf('\n', i);
    const end = next === -1 ? source.length : next;
    let delimiters = 0;
    let blank = true;
    for (let k = lineStart; k < end; k++) {
      const c = source.charCodeAt(k);
      if (c === 42 || c === 95 || c === 91) delimiters++; // * _ [
      if (blank && c !== 32 && c !== 9 && c !== 13) blank = false;
    }
    if (delimiters > maxDelimiters) {
      const line = source.slice(0, lineStart).split('\n').length;
      throw new InputError(
        `line ${line}: more than ${maxDelimiters} emphasis or link delimiters on one line; not checked`,
      );
    }
    if (blank) {
      paragraphDelimiters = 0;
      paragraphStart = -1;
    } else {
      if (paragraphStart === -1) paragraphStart = lineStart;
      paragraphDelimiters += delimiters;
      if (paragraphDelimiters > maxParagraphDelimiters) {
        const line = source.slice(0, paragraphStart).split('\n').length;
        throw new InputError(
          `line ${line}: a paragraph with more than ${maxParagraphDelimiters} emphasis or link delimiters; not checked`,
        );
      }
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
}
