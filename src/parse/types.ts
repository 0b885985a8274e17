import type { BlockType, Span } from '../types.ts';

/** A citation marker, link or credit found by the parser, by offsets into the file. */
export interface InlineSource extends Span {
  type: 'citation' | 'link';
  refs?: string[];
  url?: string;
  /** The visible words: link text or the outlet named in a credit. */
  label?: string;
  /** Where the visible words stand, when only the syntax around them is to be hidden from prose. */
  visible?: Span;
}

/** A unit of prose with its offsets into the file and an offset-preserving prose view. */
export interface Block extends Span {
  type: BlockType;
  depth?: number;
  /**
   * The block's source with everything that is not prose (markup, URLs, tags, line breaks) replaced by
   * spaces, so that index `i` here is offset `start + i` in the file.
   */
  prose: string;
  /** Citations and links found by the parser inside this block (from the syntax tree or raw HTML). */
  sources: InlineSource[];
  /** Spans of inline syntax (links, emphasis…): a sentence boundary inside one snaps to its edge. */
  inlines: Span[];
  /** The whole paragraph is emphasised: a standfirst, caption or editor's note. */
  aside?: boolean;
  /** The top-level list item this block belongs to (its own paragraphs and nested lists share it). */
  item?: number;
  /** Part of a numbered source list, footnote definition or similar: not prose to be judged. */
  sourceList?: boolean;
}

/** A source-registry entry: numbered list item under a Sources heading, footnote or link definition. */
export interface RegistryEntry extends Span {
  id: string;
  kind: 'list' | 'footnote' | 'definition';
  text: string;
  url?: string;
}

export interface ParsedDocument {
  blocks: Block[];
  registry: RegistryEntry[];
  /** Front matter text (YAML), when the article has it. */
  frontMatter?: string;
  /** HTML comments with their offsets, for inline directives. */
  comments: Array<Span & { text: string }>;
}
