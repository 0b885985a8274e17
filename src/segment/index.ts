/** A sentence of plain text, by offsets into the text given to `splitSentences`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits plain text into sentences with exact offsets (end exclusive). Leading and trailing white space
 * is not part of a sentence; citation markers stay with the sentence before them.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const part of segmenter.segment(text)) {
    const lead = part.segment.length - part.segment.trimStart().length;
    const body = part.segment.trim();
    if (body === '') continue;
    const start = part.index + lead;
    out.push({ text: body, start, end: start + body.length });
  }
  return out;
}
