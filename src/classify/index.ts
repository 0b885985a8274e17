import type { BlockType, Kind } from '../types.ts';

export interface ClassifyInput {
  /** The sentence as plain prose: markup and citation markers masked with spaces. */
  text: string;
  blockType: BlockType;
  /** The sentence names a speaker or document with a reporting verb ("X said", "according to X"). */
  attributed: boolean;
  /** The sentence holds a direct quotation. */
  quoted: boolean;
}

export interface ClassifyOptions {
  /** Extra analysis cues from configuration. */
  analysisCues?: readonly string[];
}

export interface Classification {
  kind: Kind;
  claim: boolean;
  /** The cues that decided, e.g. `analysis: "threatens to"`, `claim: number`. */
  reasons: string[];
}

/** Decides whether a sentence reports fact, gives the writer's analysis, or is neither, and whether it is a claim. */
export function classifySentence(input: ClassifyInput, _options: ClassifyOptions = {}): Classification {
  if (input.blockType === 'heading' || input.text.trim().endsWith('?')) {
    return { kind: 'other', claim: false, reasons: ['other: heading or question'] };
  }
  return { kind: 'fact', claim: true, reasons: ['claim: statement'] };
}
