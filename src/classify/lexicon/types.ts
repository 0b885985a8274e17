/**
 * One cue of a lexicon: a lower-case word or phrase (words separated by single spaces), matched on word
 * boundaries, case-insensitively unless the lexicon says otherwise.
 */
export interface Cue {
  cue: string;
  /** How much the cue counts towards "analysis" (1 decides alone; 0.5 needs a second cue). Default 1. */
  weight?: number;
  /**
   * The cue frames a statement (how sure the speaker is, how to take it, who is talking) rather than judging
   * its content: "I think", "just", "very", "would". Checkable detail (a number, a date) outweighs it.
   */
  framing?: boolean;
  /** Why the entry is here, when it is not obvious. */
  why?: string;
}

/**
 * A verb given by its base form; the matcher adds the third person (-s), past (-ed) and -ing forms unless
 * `forms` lists them (irregular or doubled spellings).
 */
export interface VerbCue {
  verb: string;
  /** Words that must follow the verb ("to", "a"), as one phrase. */
  followedBy?: string;
  /** Explicit forms instead of the generated ones. */
  forms?: readonly string[];
  weight?: number;
  why?: string;
}
