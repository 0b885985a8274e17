import { asciiClass, classAt, classBefore, fold, isSpace, LETTER } from './chars.ts';
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

/** A cue class compiled once: a trie over all its phrases, and a lookup by phrase. */
export interface CueMatcher {
  label: string;
  find(words: Words, out: CueHit[]): void;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Apostrophes and spaces as the matcher sees them: straight apostrophe, single spaces, lower case. */
export function normalizeCue(s: string): string {
  // Most cues have no curly apostrophe and no white space but single spaces between words.
  const n = s.length;
  let plain = true;
  for (let i = 0; i < n && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019) plain = false;
    else if (isSpace(c)) plain = c === 32 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 32;
  }
  if (plain) return s.toLowerCase();
  return s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The regular forms of a verb: base, -s, -ed, -ing. */
export function verbForms(verb: string): string[] {
  const consonantY =
    verb.length > 1 && verb.endsWith('y') && !'aeiou'.includes(verb[verb.length - 2] as string);
  const third = ['s', 'sh', 'ch', 'x', 'z'].some((end) => verb.endsWith(end))
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
 * A phrase of characters whose case-insensitive regular-expression matches are exactly the characters
 * with the same `fold`: printable ASCII and the Latin-1 letters (not "×", "÷" or "ß"). One native test
 * per phrase while lists are built.
 */
export const safePhrase = /^[\x20-\x7e\xc0-\xd6\xd8-\xde\xe0-\xf6\xf8-\xff]*$/;

/**
 * The edges of a character trie, in one open-addressing table: node 0 is the root, and the child of
 * node `n` by character `c` is found by hashing the pair. A walk costs a few array reads per character.
 */
class TrieEdges {
  private from: Int32Array;
  private char: Uint16Array;
  private to: Int32Array;
  private size = 0;
  /** Whether a phrase ends at each node. */
  ends: Uint8Array;
  nodes = 1;

  /** `chars`: the characters of all the phrases, which bound the number of edges. */
  constructor(chars: number) {
    let capacity = 256;
    while (capacity < chars * 2) capacity *= 2;
    this.from = new Int32Array(capacity);
    this.char = new Uint16Array(capacity);
    this.to = new Int32Array(capacity);
    this.ends = new Uint8Array(chars + 2);
  }

  private static slot(node: number, c: number, last: number): number {
    return (Math.imul(node ^ (c << 16), 0x9e3779b1) >>> 8) & last;
  }

  child(node: number, c: number): number {
    const last = this.from.length - 1;
    for (let h = TrieEdges.slot(node, c, last); ; h = (h + 1) & last) {
      const f = this.from[h] as number;
      if (f === 0) return -1;
      if (f === node + 1 && this.char[h] === c) return this.to[h] as number;
    }
  }

  /** The child of `node` by `c`, made if missing. */
  add(node: number, c: number): number {
    const found = this.child(node, c);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.from.length) this.grow();
    const child = this.nodes++;
    if (child >= this.ends.length) {
      const ends = new Uint8Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.put(node, c, child);
    return child;
  }

  private put(node: number, c: number, child: number): void {
    const last = this.from.length - 1;
    let h = TrieEdges.slot(node, c, last);
    while (this.from[h] !== 0) h = (h + 1) & last;
    this.from[h] = node + 1;
    this.char[h] = c;
    this.to[h] = child;
    this.size++;
  }

  private grow(): void {
    const { from, char, to } = this;
    this.from = new Int32Array(from.length * 2);
    this.char = new Uint16Array(from.length * 2);
    this.to = new Int32Array(from.length * 2);
    this.size = 0;
    for (let h = 0; h < from.length; h++)
      if (from[h] !== 0) this.put((from[h] as number) - 1, char[h] as number, to[h] as number);
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** Hashes are cut to 30 bits, so that they stay small integers (no boxed numbers in maps and arrays). */
const SMALL = 0x3fffffff;

/** A word has a character outside ASCII (see `Words.kinds`). */
export const OTHER = 4;

/**
 * The words of a sentence: runs of letters and digits (`[\p{L}\p{N}]+`), found once and shared by every
 * cue class, claim cue and name and event finder that looks at the sentence. The arrays are reused from
 * one sentence to the next: only the first `count` entries are the sentence's.
 */
export class Words {
  text = '';
  count = 0;
  /** Where each word starts and ends (end exclusive). */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /**
   * Bit mask of the indexed phrase lists (see `WordIndex`) that have a phrase starting with this word;
   * 0 after an apostrophe or a hyphen, where no phrase may start ("don't", "well-known").
   */
  mask = new Int32Array(64);
  /** What the word is made of: `LETTER`, `NUMBER` and `OTHER` bits. */
  kinds = new Uint8Array(64);
  /** Hash of each word case-folded (see `wordHash`). */
  hash = new Int32Array(64);
  /** The index the masks are from. */
  index: WordIndex | undefined;
  /** All the words' kinds together. */
  allKinds = 0;
  /** The text is ASCII only. */
  ascii = true;
  /** All the words' masks together: lists with no bit here have no match in the sentence. */
  all = 0;
  /** The words with a mask, in order (`candidates` of them): the only places a listed phrase may start. */
  candidate = new Int32Array(64);
  candidates = 0;

  /** Room for one more word. */
  grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const mask = new Int32Array(size);
    const kinds = new Uint8Array(size);
    const hash = new Int32Array(size);
    const candidate = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    mask.set(this.mask);
    kinds.set(this.kinds);
    hash.set(this.hash);
    candidate.set(this.candidate);
    Object.assign(this, { start, end, mask, kinds, hash, candidate });
  }
}

/**
 * Splits a sentence into `into`, looking each word up in `index`. ASCII letters and digits are
 * case-folded as `c | 32`; a word with other characters is hashed again with `fold`.
 */
export function wordsOf(text: string, index: WordIndex, into: Words): Words {
  into.text = text;
  into.ascii = !nonAscii.test(text);
  into.index = index;
  into.all = 0;
  into.allKinds = 0;
  into.count = into.ascii ? splitAscii(text, into, index) : splitAny(text, into, index);
  listCandidates(into);
  return into;
}

/** Lists the words with a mask (see `Words.candidate`). */
function listCandidates(into: Words): void {
  let n = 0;
  for (let k = 0; k < into.count; k++) if (into.mask[k] !== 0) into.candidate[n++] = k;
  into.candidates = n;
}

/**
 * Records word `count` of `into` (from `from` to `end`, of the given kinds and hash) with the lists
 * that may start there, and completes the mask of the word before when it waited for this one's hash.
 */
function record(
  into: Words,
  index: WordIndex,
  count: number,
  from: number,
  end: number,
  kinds: number,
  hash: number,
): void {
  if (count === into.start.length) into.grow();
  const text = into.text;
  into.start[count] = from;
  into.end[count] = end;
  into.kinds[count] = kinds;
  into.hash[count] = hash;
  into.allKinds |= kinds;
  if (count > 0 && (into.mask[count - 1] as number) & WordIndex.PAIR) {
    const bits =
      ((into.mask[count - 1] as number) & ~WordIndex.PAIR) |
      index.pairBits(into.hash[count - 1] as number, hash);
    into.mask[count - 1] = bits;
    into.all |= bits;
  }
  const before = from === 0 ? 0 : text.charCodeAt(from - 1);
  const bits = before === 39 || before === 45 ? 0 : index.firstBits(hash);
  into.mask[count] = bits;
  if ((bits & WordIndex.PAIR) === 0) into.all |= bits;
}

/** Clears the pair flag of the last word, which has no word after it. */
function recordEnd(into: Words, count: number): number {
  if (count > 0 && (into.mask[count - 1] as number) & WordIndex.PAIR) {
    const bits = (into.mask[count - 1] as number) & ~WordIndex.PAIR;
    into.mask[count - 1] = bits;
    into.all |= bits;
  }
  return count;
}
const nonAscii = /[^\0-\x7f]/;

/**
 * The words of an ASCII text (the common case, kept apart because the loop is several times faster
 * without the checks for surrogates and other scripts). Returns the count.
 */
function splitAscii(text: string, into: Words, index: WordIndex): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let kinds = asciiClass[c] as number;
    if (kinds === 0) {
      i++;
      continue;
    }
    const from = i;
    let folded = FNV_OFFSET;
    for (;;) {
      // Letters and digits fold with `| 32` ("A" → "a"; digits have the bit already).
      folded = Math.imul(folded ^ (c | 32), FNV_PRIME);
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      const kind = asciiClass[c] as number;
      if (kind === 0) break;
      kinds |= kind;
    }
    record(into, index, count++, from, i, kinds, folded & SMALL);
  }
  return recordEnd(into, count);
}

/** The words of any text, code point by code point. Returns the count. */
function splitAny(text: string, into: Words, index: WordIndex): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let kinds = c < 128 ? (asciiClass[c] as number) : classAt(text, i);
    if (kinds === 0) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    if (c >= 128) kinds |= OTHER;
    const from = i;
    let folded = FNV_OFFSET;
    for (;;) {
      folded = Math.imul(folded ^ (c | 32), FNV_PRIME);
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (c < 128) {
        const kind = asciiClass[c] as number;
        if (kind === 0) break;
        kinds |= kind;
      } else {
        const kind = classAt(text, i);
        if (kind === 0) break;
        kinds |= kind | OTHER;
      }
    }
    record(
      into,
      index,
      count++,
      from,
      i,
      kinds,
      (kinds & OTHER) === 0 ? folded & SMALL : wordHash(text, from, i),
    );
  }
  return recordEnd(into, count);
}

/**
 * Words as `[\p{L}\p{N}]+(?:['’]\p{L}+)?` finds them, counted from the runs of letters and digits: an
 * apostrophe joins the letters after it to the word before ("don't" is one word, "rock'n'roll" two).
 * Counting stops at `upTo`: whoever asks only needs to know whether there are that many.
 */
export function countWords(words: Words, upTo = Number.POSITIVE_INFINITY): number {
  const { text, start, end } = words;
  let count = 0;
  let joined = -1;
  for (let k = 0; k < words.count && count < upTo; k++) {
    const e = end[k] as number;
    if (k === joined) {
      let p = start[k] as number;
      while (p < e && (classAt(text, p) & LETTER) !== 0)
        p += (text.codePointAt(p) as number) > 0xffff ? 2 : 1;
      if (p === e) continue;
    }
    count++;
    const c = text.charCodeAt(e);
    if ((c === 39 || c === 0x2019) && (classAt(text, e + 1) & LETTER) !== 0) joined = k + 1;
  }
  return count;
}

/**
 * The words of `text`: the text of `words` with spans blanked out (quotations) and curly apostrophes made
 * straight, at the same length. Its words are those of `words` outside the blanks, with the lists they
 * may start looked up again: a phrase may no longer start after a straightened apostrophe ("’s" is not
 * "s"), and a word has new neighbours where a quotation went.
 */
export function rewritten(words: Words, text: string, into: Words): Words {
  const index = words.index as WordIndex;
  into.text = text;
  into.ascii = !nonAscii.test(text);
  into.index = index;
  into.all = 0;
  into.allKinds = 0;
  let count = 0;
  for (let k = 0; k < words.count; k++) {
    const from = words.start[k] as number;
    if (isSpace(text.charCodeAt(from))) continue;
    record(
      into,
      index,
      count++,
      from,
      words.end[k] as number,
      words.kinds[k] as number,
      words.hash[k] as number,
    );
  }
  into.count = recordEnd(into, count);
  listCandidates(into);
  return into;
}

/** Hash of the word `text[s, e)` case-folded, as `wordsOf` keeps it. */
export function wordHash(text: string, s = 0, e = text.length): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c < 128 ? c | 32 : fold(c)), FNV_PRIME);
  }
  return h & SMALL;
}

/** Hash of two words in a row. */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & SMALL;
}

/**
 * The first two words of a phrase (runs of letters and digits), read by `readLeading` in one pass
 * without cutting them out. Where the phrase matches, they are two whole words of the sentence in a row:
 * what lies between them in the phrase (a space, a point, an apostrophe, a hyphen) is no letter or
 * digit, nor what it matches. The hashes are FNV states before the cut to `SMALL`, so that a plural
 * ending can be hashed on.
 */
const leading = {
  /** Hash state of the first word; its end (0 when the phrase does not start with a word). */
  first: 0,
  firstEnd: 0,
  /** Hash state of the second word, and its end (-1 when there is none). */
  second: 0,
  secondEnd: -1,
};

function readLeading(phrase: string): void {
  const n = phrase.length;
  let i = wordRun(phrase, 0);
  leading.first = runHash;
  leading.firstEnd = i;
  while (i < n && classAt(phrase, i) === 0) i++;
  if (i >= n) {
    leading.secondEnd = -1;
    return;
  }
  leading.secondEnd = wordRun(phrase, i);
  leading.second = runHash;
}

/** Hash state of the last run read by `wordRun`. */
let runHash = 0;
/** End of the run of letters and digits from `i`, hashing it into `runHash` as `wordHash` does. */
function wordRun(text: string, i: number): number {
  const n = text.length;
  let h = FNV_OFFSET;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (asciiClass[c] === 0) break;
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
      i++;
      continue;
    }
    if (classAt(text, i) === 0) break;
    h = Math.imul(h ^ fold(c), FNV_PRIME);
    i++;
    if (c >= 0xd800 && c <= 0xdbff && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00) {
      h = Math.imul(h ^ fold(text.charCodeAt(i)), FNV_PRIME);
      i++;
    }
  }
  runHash = h;
  return i;
}

/** The hash (see `wordHash`) of a word whose hash state is `h`, with "s" or "es" after it. */
const withS = (h: number) => Math.imul(h ^ 115, FNV_PRIME) & SMALL;
const withEs = (h: number) => Math.imul(Math.imul(h ^ 101, FNV_PRIME) ^ 115, FNV_PRIME) & SMALL;

/** How a phrase must end: what may not follow it. */
export type Bound =
  /** Not a letter or digit, nor a hyphen before one (`(?![\p{L}\p{N}]|-[\p{L}\p{N}])`). */
  | 'phrase'
  /** As `phrase`, and not an apostrophe before a letter either ("can't" is not "can"). */
  | 'cue';

/**
 * Phrases on word boundaries, found by walking a character trie from each place a phrase may start:
 * the same matches as one alternation `(?<![\p{L}\p{N}'-])(?:longest|…|short)` followed by the
 * boundary lookahead, without compiling hundreds of alternatives.
 */
export class PhraseTrie {
  private readonly edges: TrieEdges;
  /**
   * Phrases not in the trie yet, by the hash of a word they may start at (see `wordHash`): a walk from a
   * word first puts in the phrases that may start there, so a list is only built as far as the text
   * needs (most of a big list never is, in a short run). `pending` gives the last entry (plus one) of a
   * hash's chain; an entry is a phrase and the entry before it in the chain (plus one; 0 ends it).
   */
  private readonly pending: HashTable;
  private readonly entryPhrase: Int32Array;
  private readonly entryNext: Int32Array;
  private entries = 0;
  private readonly added: Uint8Array;
  /** How many phrases are not in the trie yet. */
  private left: number;
  /** Every phrase starts with a letter or a digit: only the starts of words need a look. */
  readonly wordStartsOnly: boolean;
  /** All phrases are made of characters the trie compares exactly as the expression does. */
  readonly safe: boolean;
  /**
   * Hashes (see `wordHash`) of the words a match may start with, each followed by that of the word that
   * must come next (-1 for one-word phrases), with the plural endings for plural classes.
   */
  readonly starts: number[] = [];
  /** The bit of the list in its `WordIndex`, once it has one. */
  bit = -1;
  /** The index that gives the bit: the shared one, or one of its own for lists outside it. */
  index: WordIndex | undefined;
  private readonly apostropheBound: boolean;

  constructor(
    private readonly phrases: readonly string[],
    readonly caseSensitive: boolean,
    bound: Bound,
    /** Also a plural -s/-es after the phrase. */
    private readonly plural: boolean,
  ) {
    this.apostropheBound = bound === 'cue';
    // A phrase waits under its first word's hash, and a plural one also under the "-s" and "-es" forms.
    const waits = phrases.length * (plural ? 3 : 1);
    let capacity = 64;
    while (capacity < waits * 2) capacity *= 2;
    this.pending = new HashTable(capacity);
    this.entryPhrase = new Int32Array(waits);
    this.entryNext = new Int32Array(waits);
    let safe = true;
    let wordStartsOnly = true;
    let chars = 0;
    for (let n = 0; n < phrases.length; n++) {
      const phrase = phrases[n] as string;
      chars += phrase.length;
      if (safe) safe = safePhrase.test(phrase);
      readLeading(phrase);
      if (leading.firstEnd === 0) wordStartsOnly = false;
      const key = leading.first & SMALL;
      const second = leading.secondEnd;
      this.starts.push(key, second < 0 ? -1 : leading.second & SMALL);
      this.await(key, n);
      if (plural && leading.firstEnd === phrase.length) {
        const s = withS(leading.first);
        const es = withEs(leading.first);
        this.starts.push(s, -1, es, -1);
        this.await(s, n);
        this.await(es, n);
      }
      if (plural && second === phrase.length)
        this.starts.push(key, withS(leading.second), key, withEs(leading.second));
    }
    this.safe = safe;
    this.wordStartsOnly = wordStartsOnly;
    this.edges = new TrieEdges(chars);
    this.added = new Uint8Array(phrases.length);
    this.left = phrases.length;
  }

  /** Notes that phrase `n` may start at a word of hash `key`. */
  private await(key: number, n: number): void {
    const entry = this.entries++;
    this.entryPhrase[entry] = n;
    this.entryNext[entry] = this.pending.get(key);
    this.pending.set(key, entry + 1);
  }

  /** Puts in the trie the phrases that may start at a word of this hash, or all of them for -1. */
  private grow(hash: number): void {
    if (hash < 0) {
      for (let n = 0; n < this.phrases.length; n++) this.put(n);
      return;
    }
    let entry = this.pending.get(hash);
    if (entry === 0) return;
    this.pending.set(hash, 0);
    for (; entry !== 0; entry = this.entryNext[entry - 1] as number)
      this.put(this.entryPhrase[entry - 1] as number);
  }

  private put(n: number): void {
    if (this.added[n] === 1) return;
    this.added[n] = 1;
    this.left--;
    const phrase = this.phrases[n] as string;
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      node = this.edges.add(node, this.caseSensitive ? c : fold(c));
    }
    this.edges.ends[node] = 1;
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

  /**
   * End of the match starting at `p` that the expression would find, or -1. `hash` is that of the word
   * at `p` (see `Words.hash`), or -1 when unknown.
   */
  matchAt(text: string, p: number, hash = -1): number {
    if (this.left > 0) this.grow(hash);
    const n = text.length;
    const ends = endsScratch;
    const edges = this.edges;
    const endsAt = edges.ends;
    let node = 0;
    let count = 0;
    let i = p;
    for (;;) {
      if (endsAt[node] === 1) ends[count++] = i;
      if (i >= n) break;
      const c = text.charCodeAt(i);
      let child: number;
      if (isSpace(c)) {
        // A space of the phrase stands for a run of white space; the phrase never has two in a row.
        child = edges.child(node, 32);
        if (child < 0) break;
        i++;
        while (i < n && isSpace(text.charCodeAt(i))) i++;
      } else {
        child = edges.child(
          node,
          this.caseSensitive ? c : c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : fold(c),
        );
        if (child < 0) break;
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

  /**
   * Calls `found(start, end)` for each match at or after `from`, left to right and without overlap, as a
   * global expression finds them; stops when `found` returns true.
   */
  scan(words: Words, from: number, found: (start: number, end: number) => boolean): void {
    const text = words.text;
    if (this.wordStartsOnly) {
      // A list outside the shared index (configured cues) gets an index of its own.
      if (!this.index) new WordIndex().add(this);
      const index = this.index as WordIndex;
      const bit = 1 << this.bit;
      const shared = index === words.index;
      if (shared && (words.all & bit) === 0) return;
      const { start, mask } = words;
      // The shared index marked the words to try; a list of its own looks at every word.
      const count = shared ? words.candidates : words.count;
      for (let j = 0; j < count; j++) {
        const k = shared ? (words.candidate[j] as number) : j;
        const p = start[k] as number;
        if (p < from) continue;
        if (shared ? ((mask[k] as number) & bit) === 0 : blockedAt(text, p) || index.maskAt(words, k) === 0)
          continue;
        const end = this.matchAt(text, p, words.hash[k] as number);
        if (end < 0) continue;
        if (found(p, end)) return;
        from = end;
      }
      return;
    }
    for (let p = from; p < text.length; ) {
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

  /** Whether `text[s, e)` is one of the phrases (the phrases of lists that use this have no spaces). */
  spans(text: string, s: number, e: number): boolean {
    if (this.left > 0) this.grow(-1);
    let node = 0;
    for (let i = s; i < e && node >= 0; i++) {
      const c = text.charCodeAt(i);
      node = this.edges.child(node, this.caseSensitive ? c : fold(c));
    }
    return node >= 0 && this.edges.ends[node] === 1;
  }

  /** Whether the sentence has no word where a phrase of the list may start (see `WordIndex`). */
  absentFrom(words: Words): boolean {
    return this.index !== undefined && this.index === words.index && (words.all & (1 << this.bit)) === 0;
  }

  /** Start and end of the first match, or undefined. */
  first(words: Words): [number, number] | undefined {
    if (this.absentFrom(words)) return undefined;
    let hit: [number, number] | undefined;
    this.scan(words, 0, (start, end) => {
      hit = [start, end];
      return true;
    });
    return hit;
  }
}
const endsScratch: number[] = [];

/** A phrase may not start after an apostrophe or a hyphen. */
function blockedAt(text: string, p: number): boolean {
  const before = p === 0 ? 0 : text.charCodeAt(p - 1);
  return before === 39 || before === 45;
}

/**
 * Which phrase lists may have a phrase starting at a given word, by hashes of the word (case-folded) and
 * of the word after it: one probe of an open-addressing table per word of a sentence, a second one for
 * the words that open phrases of several words ("a great deal": "a" then "great"). A hash is only a
 * pre-filter: the trie walk decides, in the list's own case.
 */
export class WordIndex {
  /** On a word's key: some list has a phrase of several words starting with it; ask the pair table. */
  static readonly PAIR = 1 << 30;
  private readonly words: HashTable;
  private readonly pairs: HashTable;
  private count = 0;

  /** `size`: about how many words its lists start with (the shared index holds thousands). */
  constructor(size = 64) {
    let capacity = 64;
    while (capacity < size * 2) capacity *= 2;
    this.words = new HashTable(capacity);
    this.pairs = new HashTable(capacity);
  }

  /** Gives the trie the next bit; the index holds at most 30 lists. */
  add(trie: PhraseTrie): void {
    if (this.count >= 30) throw new Error('A word index holds at most 30 phrase lists.');
    const bit = 1 << this.count;
    trie.bit = this.count++;
    trie.index = this;
    const starts = trie.starts;
    for (let k = 0; k < starts.length; k += 2) {
      const key = starts[k] as number;
      const next = starts[k + 1] as number;
      if (next < 0) this.words.or(key, bit);
      else {
        this.words.or(key, WordIndex.PAIR);
        this.pairs.or(pairHash(key, next), bit);
      }
    }
  }

  /** The lists with a phrase of one word, or `PAIR`, for a word's hash. */
  firstBits(hash: number): number {
    return this.words.get(hash);
  }

  /** The lists with a phrase starting with these two words. */
  pairBits(first: number, second: number): number {
    return this.pairs.get(pairHash(first, second));
  }

  /** The lists that may have a phrase starting at word `k` of `words`. */
  maskAt(words: Words, k: number): number {
    const hash = words.hash;
    let bits = this.words.get(hash[k] as number);
    if ((bits & WordIndex.PAIR) !== 0) {
      bits &= ~WordIndex.PAIR;
      if (k + 1 < words.count) bits |= this.pairs.get(pairHash(hash[k] as number, hash[k + 1] as number));
    }
    return bits;
  }
}

/** Open addressing from a 30-bit hash to a bit mask (keys are stored plus one: 0 marks a free slot). */
class HashTable {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;

  /** `capacity`: a power of two, twice the keys expected, so that the table need not grow. */
  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get(hash: number): number {
    const keys = this.keys;
    const last = keys.length - 1;
    for (let h = hash & last; ; h = (h + 1) & last) {
      const k = keys[h] as number;
      if (k === hash + 1) return this.values[h] as number;
      if (k === 0) return 0;
    }
  }

  /** Sets the value of `hash` (0 for none). */
  set(hash: number, value: number): void {
    this.values[this.slot(hash)] = value;
  }

  or(hash: number, bits: number): void {
    const h = this.slot(hash);
    this.values[h] = (this.values[h] as number) | bits;
  }

  /** The slot of `hash`, taken (with value 0) when the hash is new. */
  private slot(hash: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const last = keys.length - 1;
    for (let h = hash & last; ; h = (h + 1) & last) {
      const k = keys[h] as number;
      if (k === hash + 1) return h;
      if (k === 0) {
        keys[h] = hash + 1;
        this.size++;
        return h;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let h = 0; h < keys.length; h++)
      if (keys[h] !== 0) this.or((keys[h] as number) - 1, values[h] as number);
  }
}

/** A compiled cue class (see `compileCues`). */
class CueClass implements CueMatcher {
  /**
   * The phrases as the matcher sees them, and the cue of each. A phrase may come twice (the trie and the
   * expression take it once); the lookup by phrase, which keeps the first cue, is made on the first hit.
   */
  private readonly phrases: string[] = [];
  private readonly entries: Cue[] = [];
  private byPhrase: Map<string, Cue> | undefined;
  readonly trie: PhraseTrie | undefined;
  private re: RegExp | undefined;

  constructor(
    readonly label: string,
    cues: readonly Cue[],
    private readonly options: MatcherOptions,
  ) {
    for (const c of cues) {
      const key = normalizeCue(c.cue);
      if (key === '') continue;
      this.phrases.push(key);
      this.entries.push(c);
    }
    this.trie =
      this.phrases.length === 0
        ? undefined
        : new PhraseTrie(this.phrases, options.caseSensitive === true, 'cue', options.plural === true);
  }

  /** The expression, for phrases the trie cannot match alike (compiled only if one comes). */
  private expression(): RegExp {
    if (this.re) return this.re;
    const body = [...this.phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
      .join('|');
    const suffix = this.options.plural ? '(?:e?s)?' : '';
    this.re = new RegExp(
      `(?<![\\p{L}\\p{N}'-])(?:${body})${suffix}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]|'[\\p{L}])`,
      this.options.caseSensitive ? 'gu' : 'giu',
    );
    return this.re;
  }

  private lookup(found: string): Cue | undefined {
    const byPhrase = this.byPhrase ?? this.table();
    const key = normalizeCue(found);
    const hit = byPhrase.get(key);
    if (hit || !this.options.plural) return hit;
    return byPhrase.get(key.replace(/s$/, '')) ?? byPhrase.get(key.replace(/es$/, ''));
  }

  /** The cue of each phrase: the first one listed. */
  private table(): Map<string, Cue> {
    const byPhrase = new Map<string, Cue>();
    for (let n = 0; n < this.phrases.length; n++) {
      const phrase = this.phrases[n] as string;
      if (!byPhrase.has(phrase)) byPhrase.set(phrase, this.entries[n] as Cue);
    }
    this.byPhrase = byPhrase;
    return byPhrase;
  }

  /** Records the match `start…end` if its text is one of the phrases. */
  private hit(text: string, start: number, end: number, out: CueHit[]): void {
    const entry = this.lookup(text.slice(start, end));
    if (!entry) return;
    const hit: CueHit = { cue: entry.cue, label: this.label, weight: entry.weight ?? 1, index: start, end };
    if (entry.framing ?? this.options.framing) hit.framing = true;
    out.push(hit);
  }

  find(words: Words, out: CueHit[]): void {
    const trie = this.trie;
    if (!trie || trie.absentFrom(words)) return;
    const text = words.text;
    if (trie.safe) {
      trie.scan(words, 0, (start, end) => {
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
 * Puts the phrase lists that `WordIndex` can serve (safe, starting with a word) in the index, so that
 * `wordsOf` marks the words where they may match.
 */
export function indexMatchers(index: WordIndex, matchers: readonly CueMatcher[]): void {
  for (const m of matchers) {
    const trie = m instanceof CueClass ? m.trie : undefined;
    if (trie?.safe && trie.wordStartsOnly) index.add(trie);
  }
}

/** A phrase list for claim cues, matched as `phraseRegExp` would, served by `index`. */
export function phraseList(index: WordIndex, phrases: readonly string[], caseSensitive = false): PhraseTrie {
  const trie = new PhraseTrie(phrases, caseSensitive, 'phrase', false);
  if (!trie.safe || !trie.wordStartsOnly) throw new Error('A claim phrase list must start with words.');
  index.add(trie);
  return trie;
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
