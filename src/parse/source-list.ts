/** Headings that open an article's list of sources. Lower-case, without trailing colon. */
export const sourceHeadings: readonly string[] = [
  'sources',
  'source',
  'references',
  'reference',
  'notes',
  'footnotes',
  'endnotes',
  'citations',
  'bibliography',
  'works cited',
  'further reading',
];

const leadingMark = /[*_#\s]/;
const trailingMark = /[*_:.\s]/;
// With room for letters that grow when lower-cased.
const longestHeading = Math.max(...sourceHeadings.map((h) => h.length)) + 8;

/** True for a heading such as "Sources", "References:" or "**Notes**". */
export function isSourceHeading(text: string): boolean {
  // The words between the leading marks (`*`, `_`, `#`, spaces) and the trailing ones (also `:`, `.`).
  let i = 0;
  while (i < text.length && leadingMark.test(text[i] as string)) i++;
  let j = text.length;
  while (j > i && trailingMark.test(text[j - 1] as string)) j--;
  // Paragraphs are longer than any heading: no need to lower-case them.
  if (j - i > longestHeading) return false;
  return sourceHeadings.includes(text.slice(i, j).toLowerCase());
}

/** Reads "[1] Reuters, …", "1. Reuters …" or "1) …" as a numbered entry; any other line gets `fallback`. */
export function sourceListEntry(
  text: string,
  fallback: number,
): { id: string; text: string; url?: string } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const m = /^(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s*/.exec(trimmed);
  const url = /https?:\/\/\S+/.exec(trimmed)?.[0];
  const id = m ? String(Number(m[1] ?? m[2])) : String(fallback);
  return { id, text: trimmed, ...(url ? { url } : {}) };
}
