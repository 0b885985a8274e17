import type { Cue, VerbCue } from './lexicon/types.ts';

/** A cue found in a sentence. */
export interface CueHit {
  /** The lexicon entry, as written there. */
  cue: string;
  /** The cue class, for the reason text ("prediction", "evaluative adjective"). */
  label: string;
  weight: number;
  /** The cue frames the statement instead of judging it (see `Cue.framing`). */
  framing?: boolean;
  /** Offsets of the match in the sentence (end exclusive). */
  index: number;
  end: number;
}

/** A cue class compiled once: one regular expression over all its phrases, and a lookup by phrase. */
export interface CueMatcher {
  label: string;
  find(text: string, out: CueHit[]): void;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Apostrophes and spaces as the matcher sees them: straight apostrophe, single spaces, lower case. */
export function normalizeCue(s: string): string {
  return s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The regular forms of a verb: base, -s, -ed, -ing. */
export function verbForms(verb: string): string[] {
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(s|sh|ch|x|z)$/.test(verb)
    ? `${verb}es`
    : consonantY
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const past = verb.endsWith('e') ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, ing];
}

/** Expands verb cues into plain phrase cues ("signal" + "a" → "signals a", "signalled a", …). */
export function expandVerbs(verbs: readonly VerbCue[]): Cue[] {
  const out: Cue[] = [];
  for (const v of verbs) {
    const forms = v.forms ? [v.verb, ...v.forms] : verbForms(v.verb);
    for (const form of new Set(forms)) {
      const entry: Cue = { cue: v.followedBy ? `${form} ${v.followedBy}` : form };
      if (v.weight !== undefined) entry.weight = v.weight;
      if (v.why !== undefined) entry.why = v.why;
      out.push(entry);
    }
  }
  return out;
}

export interface MatcherOptions {
  /** Match only the lower-case spelling (adjectives that are also parts of names). */
  caseSensitive?: boolean;
  /** Also match a plural -s/-es (nouns). */
  plural?: boolean;
  /** Every cue of the class frames rather than judges (entries may still say `framing: false`). */
  framing?: boolean;
}

/**
 * Compiles a cue class. Phrases match on word boundaries (a letter, digit, hyphen or apostrophe next to
 * the phrase means it is part of a longer word); the longest phrase at a position wins.
 */
export function compileCues(label: string, cues: readonly Cue[], options: MatcherOptions = {}): CueMatcher {
  const byPhrase = new Map<string, Cue>();
  for (const c of cues) {
    const key = normalizeCue(c.cue);
    if (key !== '' && !byPhrase.has(key)) byPhrase.set(key, c);
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return { label, find() {} };
  const body = phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
  const suffix = options.plural ? '(?:e?s)?' : '';
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}'-])(?:${body})${suffix}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]|'[\\p{L}])`,
    options.caseSensitive ? 'gu' : 'giu',
  );
  const lookup = (found: string): Cue | undefined => {
    const key = normalizeCue(found);
    const hit = byPhrase.get(key);
    if (hit || !options.plural) return hit;
    return byPhrase.get(key.replace(/s$/, '')) ?? byPhrase.get(key.replace(/es$/, ''));
  };
  return {
    label,
    find(text, out) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const entry = lookup(m[0]);
        if (!entry) continue;
        const hit: CueHit = {
          cue: entry.cue,
          label,
          weight: entry.weight ?? 1,
          index: m.index,
          end: m.index + m[0].length,
        };
        if (entry.framing ?? options.framing) hit.framing = true;
        out.push(hit);
      }
    },
  };
}

/** A set of lower-case words for membership tests. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeCue));
}

/** One regular expression matching any of the phrases on word boundaries (case-insensitive unless told). */
export function phraseRegExp(phrases: readonly string[], caseSensitive = false): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}'-])(?:${body})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    caseSensitive ? 'u' : 'iu',
  );
}
