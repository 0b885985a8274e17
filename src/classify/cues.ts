import { classAt, classBefore, isSpace, LETTER, lower } from './chars.ts';
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
 * Phrase characters whose case-insensitive regular-expression matches are exactly the characters with
 * the same `lower` (ASCII and Latin-1 letters), given a text free of `foldsIntoLatin`.
 */
function safeChar(c: number): boolean {
  return (c >= 32 && c < 127) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7 && c !== 0xdf);
}
/** Characters that a case-insensitive Unicode expression folds onto a letter of another block ("ſ" = "s"). */
const foldsIntoLatin = /[\u017f\u212a\u212b]/;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** Hashes are cut to 30 bits, so that they stay small integers (no boxed numbers in maps and arrays). */
const SMALL = 0x3fffffff;

/**
 * The words of a text (runs of letters and digits with no letter, digit, apostrophe or hyphen before
 * them, where a phrase may start), with a hash of each word as written and in lower case. Kept for the
 * last text, which every cue class of a sentence looks at in turn.
 */
interface Words {
  text: string;
  starts: number[];
  exact: number[];
  lower: number[];
}
let lastWords: Words = { text: '', starts: [], exact: [], lower: [] };

function wordsOf(text: string): Words {
  if (text === lastWords.text) return lastWords;
  const starts: number[] = [];
  const exact: number[] = [];
  const lowered: number[] = [];
  const n = text.length;
  let blocked = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (classAt(text, i) === 0) {
      blocked = c === 39 || c === 45;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const from = i;
    let he = FNV_OFFSET;
    let hl = FNV_OFFSET;
    while (i < n && classAt(text, i) !== 0) {
      const d = text.charCodeAt(i);
      he = Math.imul(he ^ d, FNV_PRIME);
      hl = Math.imul(hl ^ lower(d), FNV_PRIME);
      i++;
      if (d >= 0xd800 && d <= 0xdbff && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00) {
        const e = text.charCodeAt(i);
        he = Math.imul(he ^ e, FNV_PRIME);
        hl = Math.imul(hl ^ lower(e), FNV_PRIME);
        i++;
      }
    }
    if (!blocked) {
      starts.push(from);
      exact.push(he & SMALL);
      lowered.push(hl & SMALL);
    }
    blocked = true;
  }
  lastWords = { text, starts, exact, lower: lowered };
  return lastWords;
}

/** Hash of a word as `wordsOf` computes it. */
function wordHash(word: string, caseSensitive: boolean): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ (caseSensitive ? c : lower(c)), FNV_PRIME);
  }
  return h & SMALL;
}

/** The first word of a phrase: its leading run of letters and digits. */
function firstWord(phrase: string): string {
  let i = 0;
  while (i < phrase.length && classAt(phrase, i) !== 0) i += (phrase.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return phrase.slice(0, i);
}

/**
 * Phrases on word boundaries, found by walking a character trie from each place a phrase may start:
 * the same matches as one alternation `(?<![\p{L}\p{N}'-])(?:longest|…|short)` followed by the
 * boundary lookahead, without compiling hundreds of alternatives.
 */
class PhraseTrie {
  private readonly root: TrieNode = { next: new Map(), end: false };
  /** Every phrase starts with a letter or a digit: only the starts of words need a look. */
  readonly wordStartsOnly: boolean;
  /** All phrases are made of characters the trie compares exactly as the expression does. */
  readonly safe: boolean;
  /** Hashes of the words a match may start with (with the plural endings, for plural classes). */
  readonly firstWords = new Set<number>();

  constructor(
    phrases: readonly string[],
    readonly caseSensitive: boolean,
    /** Also an apostrophe and a letter after the phrase mean it is part of a longer word. */
    private readonly apostropheBound: boolean,
    /** Also a plural -s/-es after the phrase. */
    private readonly plural: boolean,
  ) {
    let safe = true;
    let wordStartsOnly = true;
    for (const phrase of phrases) {
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        if (!safeChar(c)) safe = false;
        const key = caseSensitive ? c : lower(c);
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(key, child);
        }
        node = child;
      }
      node.end = true;
      const first = firstWord(phrase);
      if (first === '') wordStartsOnly = false;
      this.firstWords.add(wordHash(first, caseSensitive));
      if (plural && first === phrase) {
        this.firstWords.add(wordHash(`${first}s`, caseSensitive));
        this.firstWords.add(wordHash(`${first}es`, caseSensitive));
      }
    }
    this.safe = safe;
    this.wordStartsOnly = wordStartsOnly;
  }

  /** Whether the trie stands in for the expression on this text. */
  handles(text: string): boolean {
    return this.safe && (this.caseSensitive || !foldsIntoLatin.test(text));
  }

  private boundAfter(text: string, q: number): boolean {
    if (classAt(text, q) !== 0) return false;
    const c = text.charCodeAt(q);
    if (c === 45) return classAt(text, q + 1) === 0;
    if (c === 39 && this.apostropheBound) return (classAt(text, q + 1) & LETTER) === 0;
    return true;
  }

  private suffixChar(text: string, i: number, want: number): boolean {
    if (i >= text.length) return false;
    const c = text.charCodeAt(i);
    return c === want || (!this.caseSensitive && c === want - 32);
  }

  /** End of the match starting at `p` that the expression would find, or -1. */
  matchAt(text: string, p: number): number {
    const n = text.length;
    const ends = endsScratch;
    let node = this.root;
    let count = 0;
    let i = p;
    for (;;) {
      if (node.end) ends[count++] = i;
      if (i >= n) break;
      const c = text.charCodeAt(i);
      let child: TrieNode | undefined;
      if (isSpace(c)) {
        // A space of the phrase stands for a run of white space; the phrase never has two in a row.
        child = node.next.get(32);
        if (!child) break;
        i++;
        while (i < n && isSpace(text.charCodeAt(i))) i++;
      } else {
        child = node.next.get(this.caseSensitive ? c : lower(c));
        if (!child) break;
        i++;
      }
      node = child;
    }
    // Longest phrase first; for plurals "-es", then "-s", then none: the expression's order of trial.
    for (let k = count - 1; k >= 0; k--) {
      const e = ends[k] as number;
      if (this.plural) {
        if (
          this.suffixChar(text, e, 101) &&
          this.suffixChar(text, e + 1, 115) &&
          this.boundAfter(text, e + 2)
        )
          return e + 2;
        if (this.suffixChar(text, e, 115) && this.boundAfter(text, e + 1)) return e + 1;
      }
      if (this.boundAfter(text, e)) return e;
    }
    return -1;
  }

  /** Whether the word at index `k` of `words` may start a match. */
  mayStart(words: Words, k: number): boolean {
    return this.firstWords.has((this.caseSensitive ? words.exact[k] : words.lower[k]) as number);
  }

  /**
   * Calls `found(start, end)` for each match, left to right and without overlap, as a global expression
   * finds them; stops when `found` returns true.
   */
  scan(text: string, found: (start: number, end: number) => boolean): void {
    if (this.wordStartsOnly) {
      const words = wordsOf(text);
      let from = 0;
      for (let k = 0; k < words.starts.length; k++) {
        const p = words.starts[k] as number;
        if (p < from || !this.mayStart(words, k)) continue;
        const end = this.matchAt(text, p);
        if (end < 0) continue;
        if (found(p, end)) return;
        from = end;
      }
      return;
    }
    for (let p = 0; p < text.length; ) {
      const before = p === 0 ? 0 : text.charCodeAt(p - 1);
      if (classBefore(text, p) === 0 && before !== 39 && before !== 45) {
        const end = this.matchAt(text, p);
        if (end > p) {
          if (found(p, end)) return;
          p = end;
          continue;
        }
      }
      const c = text.charCodeAt(p);
      p += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
  }
}
const endsScratch: number[] = [];

/** A compiled cue class (see `compileCues`). */
class CueClass implements CueMatcher {
  private readonly byPhrase = new Map<string, Cue>();
  private readonly phrases: string[];
  readonly trie: PhraseTrie | undefined;
  private re: RegExp | undefined;

  constructor(
    readonly label: string,
    cues: readonly Cue[],
    private readonly options: MatcherOptions,
  ) {
    for (const c of cues) {
      const key = normalizeCue(c.cue);
      if (key !== '' && !this.byPhrase.has(key)) this.byPhrase.set(key, c);
    }
    this.phrases = [...this.byPhrase.keys()].sort((a, b) => b.length - a.length);
    this.trie =
      this.phrases.length === 0
        ? undefined
        : new PhraseTrie(this.phrases, options.caseSensitive === true, true, options.plural === true);
  }

  /** The expression, for texts and phrases the trie cannot match alike (compiled only if one comes). */
  private expression(): RegExp {
    if (this.re) return this.re;
    const body = this.phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
    const suffix = this.options.plural ? '(?:e?s)?' : '';
    this.re = new RegExp(
      `(?<![\\p{L}\\p{N}'-])(?:${body})${suffix}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]|'[\\p{L}])`,
      this.options.caseSensitive ? 'gu' : 'giu',
    );
    return this.re;
  }

  private lookup(found: string): Cue | undefined {
    const key = normalizeCue(found);
    const hit = this.byPhrase.get(key);
    if (hit || !this.options.plural) return hit;
    return this.byPhrase.get(key.replace(/s$/, '')) ?? this.byPhrase.get(key.replace(/es$/, ''));
  }

  /** Records the match `start…end` if its text is one of the phrases. */
  hit(text: string, start: number, end: number, out: CueHit[]): void {
    const entry = this.lookup(text.slice(start, end));
    if (!entry) return;
    const hit: CueHit = { cue: entry.cue, label: this.label, weight: entry.weight ?? 1, index: start, end };
    if (entry.framing ?? this.options.framing) hit.framing = true;
    out.push(hit);
  }

  find(text: string, out: CueHit[]): void {
    const trie = this.trie;
    if (!trie) return;
    if (trie.handles(text)) {
      trie.scan(text, (start, end) => {
        this.hit(text, start, end, out);
        return false;
      });
      return;
    }
    const re = this.expression();
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      this.hit(text, m.index, m.index + m[0].length, out);
  }
}

/**
 * Compiles a cue class. Phrases match on word boundaries (a letter, digit, hyphen or apostrophe next to
 * the phrase means it is part of a longer word); the longest phrase at a position wins.
 */
export function compileCues(label: string, cues: readonly Cue[], options: MatcherOptions = {}): CueMatcher {
  return new CueClass(label, cues, options);
}

/**
 * Cue classes looked for together: the hits are those of each class's `find` in turn, but the words of
 * the text are looked up once for all classes.
 */
export function cueGroup(matchers: readonly CueMatcher[]): CueMatcher {
  const classes = matchers.filter((m): m is CueClass => m instanceof CueClass && m.trie !== undefined);
  const indexed = classes.filter((c) => c.trie?.safe && c.trie.wordStartsOnly);
  if (indexed.length !== matchers.length || indexed.length > 30) {
    return {
      label: 'group',
      find(text, out) {
        for (const m of matchers) m.find(text, out);
      },
    };
  }
  // Which classes a word may start a match of, as a bit mask, by the word's hash.
  const byLower = new Map<number, number>();
  const byExact = new Map<number, number>();
  indexed.forEach((c, bit) => {
    const trie = c.trie as PhraseTrie;
    const map = trie.caseSensitive ? byExact : byLower;
    for (const h of trie.firstWords) map.set(h, (map.get(h) ?? 0) | (1 << bit));
  });
  const positions: number[] = [];
  const masks: number[] = [];
  return {
    label: 'group',
    find(text, out) {
      if (foldsIntoLatin.test(text)) {
        for (const m of indexed) m.find(text, out);
        return;
      }
      const words = wordsOf(text);
      let count = 0;
      let all = 0;
      for (let k = 0; k < words.starts.length; k++) {
        const mask =
          (byLower.get(words.lower[k] as number) ?? 0) | (byExact.get(words.exact[k] as number) ?? 0);
        if (mask === 0) continue;
        positions[count] = words.starts[k] as number;
        masks[count++] = mask;
        all |= mask;
      }
      for (let bit = 0; bit < indexed.length; bit++) {
        if ((all & (1 << bit)) === 0) continue;
        const c = indexed[bit] as CueClass;
        const trie = c.trie as PhraseTrie;
        let from = 0;
        for (let k = 0; k < count; k++) {
          const p = positions[k] as number;
          if (p < from || ((masks[k] as number) & (1 << bit)) === 0) continue;
          const end = trie.matchAt(text, p);
          if (end < 0) continue;
          c.hit(text, p, end, out);
          from = end;
        }
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
