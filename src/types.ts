/** A place in the original text: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A span of a string by 0-based offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'info' | 'warning' | 'error';
export type SeveritySetting = Severity | 'off';
export type Scope = 'preceding' | 'sentence' | 'paragraph';
export type Kind = 'fact' | 'analysis' | 'other';
export type BlockType = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'tableCell';
export type EvidenceType = 'citation' | 'link' | 'attribution' | 'anonymous' | 'quote';

/** Something found in or around a sentence that tells where it comes from. */
export interface Evidence {
  type: EvidenceType;
  /** The text of the evidence as it stands in the file. */
  text: string;
  start: Position;
  end: Position;
  /** Citation marker ids (`['1', '2']` for `[1, 2]`, `['^a']` for `[^a]`). */
  refs?: string[];
  /** Link target, where there is one. */
  url?: string;
  /** Who or what is credited: "Rutte", "Reuters", "diplomatic sources". */
  source?: string;
  /** The cue that matched: "said", "according to", "people familiar with". */
  cue?: string;
  /** For anonymous sources: a plural ("sources", "officials"). */
  plural?: boolean;
}

export interface Sentence {
  index: number;
  text: string;
  start: Position;
  end: Position;
  /** Index into `paragraphs`. */
  paragraph: number;
  kind: Kind;
  claim: boolean;
  /** Evidence inside the sentence. */
  evidence: Evidence[];
  /** Citations and links that back this sentence under the configured scope (may sit after it). */
  backing: Evidence[];
  /** The cues that decided `kind` and `claim`, e.g. `analysis: "threatens to"`, `claim: number`. */
  reasons: string[];
}

export interface Paragraph {
  index: number;
  type: BlockType;
  text: string;
  start: Position;
  end: Position;
  /** Indices into `sentences`. */
  sentences: number[];
  /** Heading depth for headings. */
  depth?: number;
  /** True for entries of a source list (under a Sources/References/Notes heading). */
  sourceList?: boolean;
}

export interface RelatedLocation {
  line: number;
  column: number;
  message: string;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
  evidence: string;
  related?: RelatedLocation[];
}

/** An entry of the article's source registry: numbered list item, footnote or link definition. */
export interface SourceEntry {
  id: string;
  kind: 'list' | 'footnote' | 'definition';
  text: string;
  url?: string;
  start: Position;
  end: Position;
}

export interface DuplicateParagraph {
  paragraph: number;
  /** The earlier paragraph it copies. */
  of: number;
  similarity: number;
  /** Citation ids the earlier copy has and this one lacks. */
  lostCitations: string[];
}

export interface DuplicateSentence {
  sentence: number;
  of: number;
}

export interface Analysis {
  path?: string;
  format: 'markdown' | 'text';
  sentences: Sentence[];
  paragraphs: Paragraph[];
  sources: SourceEntry[];
  duplicates: { paragraphs: DuplicateParagraph[]; sentences: DuplicateSentence[] };
  findings: Finding[];
}
