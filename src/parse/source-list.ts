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

/** True for a heading such as "Sources", "References:" or "**Notes**". */
export function isSourceHeading(text: string): boolean {
  const words = text
    .trim()
    .replace(/^[*_#\s]+|[*_:.\s]+$/g, '')
    .toLowerCase();
  return sourceHeadings.includes(words);
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
