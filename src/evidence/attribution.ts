import type { Span } from '../types.ts';

/** Extra cue words a configuration may add. */
export interface AttributionOptions {
  attributionVerbs?: readonly string[];
  anonymousSources?: readonly string[];
}

/** A credited speaker, organisation or document, by offsets into the sentence text. */
export interface AttributionMatch extends Span {
  type: 'attribution' | 'anonymous';
  /** Who is credited, as written: "Rutte", "a report by the IMF", "diplomatic sources". */
  source: string;
  /** The cue that matched: "said", "according to", "in a statement". */
  cue: string;
}

/** Finds named and anonymous attribution in one sentence (plain text, markup masked). */
export function findAttributions(_text: string, _options: AttributionOptions = {}): AttributionMatch[] {
  return [];
}

/** Finds direct quotations (straight or curly double quotes) in one sentence. */
export function findQuotes(_text: string): Span[] {
  return [];
}
