import type { Span } from '../types.ts';
import {
  charClass,
  classAt,
  classBefore,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  runEnd,
  SPACE,
  UPPER,
  WordSet,
  widthAt,
} from './chars.ts';
import {
  anonymousHeads,
  anonymousPhrases,
  anonymousQualifiers,
  briefingTopics,
} from './lexicon/anonymous.ts';
import {
  activeAuxiliaries,
  determiners,
  judgementObjects,
  nameConnectors,
  notSpeakers,
  nounModifiers,
  participleModifiers,
  speakerAdverbs,
  speakerPrepositions,
  timeWords,
  verbBlockers,
} from './lexicon/grammar.ts';
import {
  channelNouns,
  creditPrepositions,
  parentheticalVerbs,
  type ReportingVerb,
  reportingVerbs,
  viewNouns,
} from './lexicon/reporting-verbs.ts';
import {
  authoredDocumentNouns,
  documentNouns,
  personalPronouns,
  roleNouns,
  speakerPronouns,
} from './lexicon/speakers.ts';

/** Extra cue words a configuration may add. */
export interface AttributionOptions {
  /** Extra reporting verbs, lower case, each form written out ("posited", "tweeted", "went on to say"). */
  attributionVerbs?: readonly string[];
  /** Extra unnamed sources: one word is a head noun ("insiders"), several words a phrase on its own. */
  anonymousSources?: readonly string[];
}

/** A credited speaker, organisation or document, by offsets into the sentence text. */
export interface AttributionMatch extends Span {
  type: 'attribution' | 'anonymous';
  /** Who is credited, as written: "Rutte", "a report by the IMF", "diplomatic sources". */
  source: string;
  /** The cue that matched: "said", "according to", "in a statement". */
  cue: string;
  /** For anonymous sources: true for a plural ("sources", "officials"), false for one ("a person briefed"). */
  plural?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

interface Token {
  start: number;
  end: number;
  /** Lower case text. */
  lc: string;
  word: boolean;
  /** Starts with an upper-case letter, or is a name like "18F". */
  cap: boolean;
}

// Tokens, read by character code. What counts as one token, first match wins:
// - a title or initial before a capitalised word: "Dr." and "A." in "Dr. David A. Chandler";
// - an abbreviation with inner dots: "U.S.", "D.C.";
// - a word with inner apostrophes, hyphens and ampersands ("don't", "Russia's", "Secretary-General",
//   "AT&T"), with the apostrophe of a plural possessive ("officials'");
// - a possessive cut off by masking ("Sudan 's");
// - one character of anything else but white space.
// The classes are Unicode's (letters, numbers and marks of every script), as in a `\p{…}` pattern.
const WORDISH = LETTER | NUMBER;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** "Dr." or "A." before white space and a capital: the end of the title, or -1. */
function titleEnd(text: string, i: number): number {
  let j = i + widthAt(text, i);
  for (let n = 0; n < 3 && classAt(text, j) & LOWER; n++) j += widthAt(text, j);
  if (text.charCodeAt(j) !== 46) return -1;
  let k = j + 1;
  if (!(classAt(text, k) & SPACE)) return -1;
  while (classAt(text, k) & SPACE) k++;
  return classAt(text, k) & UPPER ? j + 1 : -1;
}

/** Two letters or more, each followed by a dot ("U.S."): the end, or -1. */
function initialsEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (classAt(text, j) & LETTER) {
    const after = j + widthAt(text, j);
    if (text.charCodeAt(after) !== 46) break;
    j = after + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** The end of the word that starts at `i` with a letter or digit. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + widthAt(text, i);
  while (j < n) {
    // ASCII letters and digits decide without the class table.
    const a = text.charCodeAt(j);
    if ((a >= 97 && a <= 122) || (a >= 65 && a <= 90) || (a >= 48 && a <= 57)) {
      j++;
      continue;
    }
    if (classAt(text, j) & (LETTER | NUMBER | MARK)) j += widthAt(text, j);
    else {
      const c = text.charCodeAt(j);
      // An apostrophe, hyphen or ampersand joins two parts of a word.
      if (!(isApostrophe(c) || c === 45 || c === 38) || !(classAt(text, j + 1) & WORDISH)) break;
      j++;
    }
  }
  // "officials'": the apostrophe of a plural possessive belongs to the word.
  if (text.charCodeAt(j - 1) === 115 && isApostrophe(text.charCodeAt(j)) && !(classAt(text, j + 1) & WORDISH))
    j++;
  return j;
}

/** Starts with a capital, or with digits and a capital ("18F"). */
function startsUpper(text: string, start: number, end: number): boolean {
  if (classAt(text, start) & UPPER) return true;
  let j = start;
  while (j < end && classAt(text, j) & NUMBER) j += widthAt(text, j);
  return j > start && j < end && (classAt(text, j) & UPPER) !== 0;
}

// Text in which every character lower-cases on its own to one character (ASCII, Latin-1 punctuation,
// general punctuation): its tokens' lower case can be cut from the lower case of the whole text.
const caseAligned = /^[\0-\x7f\u00a0-\u00bf\u2000-\u206f]*$/;

/** The tokens of `text`; `lower` is `text.toLowerCase()`. */
function tokenize(text: string, lower: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const aligned = caseAligned.test(text);
  // The next typographic apostrophe, to be written "'" in a token's lower case.
  let curly = text.indexOf('’');
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    let end: number;
    if (cls & WORDISH) {
      end = cls & UPPER ? titleEnd(text, i) : -1;
      if (end < 0 && cls & LETTER && text.charCodeAt(i + widthAt(text, i)) === 46) end = initialsEnd(text, i);
      if (end < 0) end = wordEnd(text, i);
    } else if (isApostrophe(c) && text.charCodeAt(i + 1) === 115 && !(classAt(text, i + 2) & WORDISH)) {
      end = i + 2;
    } else end = i + widthAt(text, i);
    let lc = aligned ? lower.slice(i, end) : text.slice(i, end).toLowerCase();
    if (curly >= 0 && curly < i) curly = text.indexOf('’', i);
    if (curly >= 0 && curly < end) lc = lc.replace(/’/g, "'");
    const word = (end - i > 1 || (cls & WORDISH) !== 0) && !isApostrophe(c);
    tokens.push({
      start: i,
      end,
      lc,
      word,
      cap:
        word &&
        (c >= 65 && c <= 90 ? true : c < 128 && !(c >= 48 && c <= 57) ? false : startsUpper(text, i, end)),
    });
    i = end;
  }
  return tokens;
}

const isPossessive = (t: Token) => t.lc.endsWith("'s") || t.lc.endsWith("s'");

// ---------------------------------------------------------------------------------------------------------
// Compiled lexicons (on first use; again only for configurations that add words)

interface VerbCue {
  words: string[];
  verb: ReportingVerb;
  form: string;
}

interface Lexicon {
  verbs: Map<string, VerbCue[]>;
  anonHeads: Map<string, { plural: boolean; generic: boolean }>;
  anonPhrases: Map<string, Array<{ words: string[]; plural: boolean }>>;
  /** Lower-case words of which at least one must be in a sentence for any match. */
  keys: WordTest;
  /** Words at which a scan can start (a verb, "according", a document noun): the scanner skips the rest. */
  cues: WordSet;
  /**
   * Words of which a sentence must hold one for any scan to succeed (see `compile`); a sentence without
   * one is not read further. Undefined when the lexicon has words this test could miss.
   */
  anchors: WordTest | undefined;
}

const set = (words: readonly string[]) => new Set(words);
const roles = set(roleNouns);
const documents = set(documentNouns);
const authored = set(authoredDocumentNouns);
const pronouns = set(speakerPronouns);
const personal = set(personalPronouns);
const dets = set(determiners);
const stops = set(notSpeakers);
const adverbs = set(speakerAdverbs);
const auxiliaries = set(activeAuxiliaries);
const blockers = set(verbBlockers);
const connectors = set(nameConnectors);
const participles = set(participleModifiers);
const times = set(timeWords);
const topics = set(briefingTopics);
const modifiers = set(nounModifiers);
// Adjectives by their ending: "Diplomatic", "regional", "Iranian", "Japanese", "executive", "various".
const adjectiveEnding = /(?:al|ic|an|ese|ish|ive|ous|ior|ary|ern|ful|less|ent|ant|ile|ory)$/;
const channels = channelNouns.map((c) => c.split(' '));
const judgements = judgementObjects.map((j) => j.split(' '));
const credits = creditPrepositions.map((c) => c.split(' '));
const qualifiers = anonymousQualifiers.map((q) => q.split(' '));
const qualifierFirsts = set(qualifiers.map((q) => q[0] as string));
const creditFirsts = set(credits.map((c) => c[0] as string));
const prepositions = speakerPrepositions.map((p) => p.split(' '));
// Determiners of one thing: "a police report that…" is a noun phrase, not a subject of the verb "report".
// "GAO's report": documents that a possessive credits on their own. "NASA's open data" is material, not a
// source, until a verb says what it shows.
const possessiveDocuments = set([
  'report',
  'study',
  'survey',
  'audit',
  'analysis',
  'poll',
  'findings',
  'review',
  'assessment',
  'investigation',
]);
// What may follow an inverted speaker: "said Rutte at the summit", "said Cook, who …", "said X in a statement".
const afterInverted = set([
  'who',
  'in',
  'at',
  'of',
  'for',
  'on',
  'with',
  'as',
  'during',
  'adding',
  'while',
  'when',
  'after',
  'before',
  'and',
  'but',
  'to',
  'from',
  'recently',
  'last',
  'earlier',
  'later',
  'today',
  'yesterday',
  'on',
  'told',
  'noting',
  'referring',
  'explaining',
  'pointing',
]);
// "The study found", "this report shows": a document named before in the article.
const namingDeterminers = set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const ownWork = set(['our', 'my', 'we', "we've", 'i']);
const complementStarts = set([
  'that',
  'the',
  'a',
  'an',
  'this',
  'it',
  'they',
  'he',
  'she',
  'to',
  'in',
  'on',
  'how',
  'what',
  'whether',
]);
// "who they say they are", "what people say": an idiom of identity or hearsay, not a credited statement.
const hypothetical = set(['if', 'unless', 'whenever', 'wherever', 'whether', 'who', 'what']);
const singular = set(['a', 'an', 'one', 'this', 'that', 'each', 'every', 'another']);
const quantifiers = set([
  'some',
  'many',
  'most',
  'several',
  'all',
  'both',
  'one',
  'two',
  'three',
  'few',
  'none',
  'each',
]);
// Words that, right after "reports"/"claims"/"states", show it is the noun ("claims were", "reports of").
const nounFollowers = set([
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'of',
  'and',
  'or',
  'about',
  'from',
  'on',
  'in',
  'by',
  'for',
  'to',
  'as',
  'which',
  'who',
  'suggest',
  'indicate',
  'emerged',
  'circulated',
  'surfaced',
]);
// A person by suffix ("the developer", "one tester"), minus common words that only look like one.
const personSuffix = /^[a-z][a-z-]*(?:er|or|ist|ian|ee)s?$/;
const notPersons = set([
  'other',
  'others',
  'never',
  'ever',
  'over',
  'under',
  'after',
  'later',
  'rather',
  'whether',
  'together',
  'either',
  'neither',
  'however',
  'further',
  'former',
  'latter',
  'order',
  'orders',
  'matter',
  'matters',
  'number',
  'numbers',
  'paper',
  'papers',
  'water',
  'power',
  'letter',
  'letters',
  'center',
  'centre',
  'error',
  'errors',
  'factor',
  'factors',
  'sector',
  'sectors',
  'door',
  'floor',
  'color',
  'colour',
  'border',
  'borders',
  'chapter',
  'computer',
  'computers',
  'server',
  'servers',
  'browser',
  'filter',
  'layer',
  'folder',
  'header',
  'footer',
  'banner',
  'counter',
  'parameter',
  'cluster',
  'register',
  'trigger',
  'wrapper',
  'vendor',
  'vendors',
  'editor',
  'monitor',
  'indicator',
  'calculator',
  'generator',
  'tutorial',
  'material',
  'memorial',
  'trivial',
  'special',
  'free',
  'fee',
  'fees',
  'committee',
  'guarantee',
  'degree',
  'tree',
  'three',
  'agree',
  'see',
  'coffee',
  'list',
  'exist',
  'assist',
  'checklist',
  'wishlist',
  'christian',
  'median',
  'guardian',
  'meridian',
  'whereafter',
  'thereafter',
  'answer',
  'answers',
  'quarter',
  'quarters',
  'summer',
  'winter',
  'october',
  'november',
  'december',
  'september',
  'minor',
  'major',
  'prior',
  'interior',
  'exterior',
  'superior',
  'inferior',
  'behavior',
  'behaviour',
  'cancer',
  'player',
  'players',
  'bitcoiner',
  'newer',
  'older',
  'larger',
  'smaller',
  'higher',
  'lower',
  'greater',
  'better',
  'bigger',
  'faster',
  'slower',
  'longer',
  'shorter',
  'easier',
  'harder',
  'earlier',
  'clearer',
  'newsletter',
  'newsletters',
  'buzzer',
  'timer',
  'container',
  'manner',
  'character',
  'cover',
  'corner',
  'master',
  'poster',
  'sticker',
  'marker',
  'pointer',
  'handler',
  'helper',
  'wallet',
  'ledger',
  'adapter',
]);
const verbWords = new Set<string>();
for (const v of reportingVerbs) for (const f of v.forms) verbWords.add(f.split(' ')[0] as string);
// A negation keeps an opinion credited: "Smith does not believe", "critics don't expect".
const negators = set(['not', "n't", 'never', "doesn't", "don't", "didn't"]);
// What opens a clause after a verb of opinion: "believes that", "thinks the plan", "expects prices to".
const clauseStarts = set([
  'that',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'it',
  "it's",
  'they',
  'he',
  'she',
  'we',
  'there',
  "there's",
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'many',
  'most',
  'no',
  'such',
  'nobody',
  'everyone',
  'people',
  'whether',
  'if',
]);
// What opens a clause with its own subject: "feels that", "feels it is", "considers them".
const subjectStarts = set(['that', 'it', 'they', 'he', 'she', 'we', 'there', 'this', 'him', 'them']);
// After "called it": particles and prepositions of a phone call or a cancellation, not a description.
const callParticles = set(['off', 'back', 'up', 'out', 'on', 'in', 'for', 'to', 'at', 'from', 'over', 'and']);
// Parenthetical slot: a verb (or its speaker) between commas, or a closing quotation, and the sentence end.
const slotOpeners = set([',', '—', '–', '"', '”', '’']);
const slotClosers = set([',', '.', ';', '!', '?', '—', '–', ':', ')', '"', '”', '’', "'"]);
const parenthetical = set(parentheticalVerbs);
// "Who do they think …?", "What should they expect?": a question asks about a view, it reports none.
const questionAuxiliaries = set([
  'do',
  'does',
  'did',
  'should',
  'would',
  'could',
  'can',
  'will',
  'may',
  'might',
]);
const views = set(viewNouns);

function compile(options: AttributionOptions): Lexicon {
  const verbs = new Map<string, VerbCue[]>();
  const addVerb = (form: string, verb: ReportingVerb) => {
    const words = form.trim().toLowerCase().split(/\s+/);
    const first = words[0] as string;
    const list = verbs.get(first) ?? [];
    list.push({ words, verb, form: words.join(' ') });
    list.sort((a, b) => b.words.length - a.words.length);
    verbs.set(first, list);
  };
  for (const v of reportingVerbs) for (const f of v.forms) addVerb(f, v);
  const custom: ReportingVerb = { forms: [], reason: 'Added by configuration.' };
  for (const f of options.attributionVerbs ?? []) if (f.trim()) addVerb(f, custom);

  const anonHeads = new Map<string, { plural: boolean; generic: boolean }>();
  for (const h of anonymousHeads) anonHeads.set(h.word, { plural: h.plural, generic: h.generic === true });
  const anonPhrases = new Map<string, Array<{ words: string[]; plural: boolean }>>();
  const addPhrase = (phrase: string, plural: boolean) => {
    const words = phrase.trim().toLowerCase().split(/\s+/);
    const first = words[0] as string;
    anonPhrases.set(first, [...(anonPhrases.get(first) ?? []), { words, plural }]);
  };
  for (const p of anonymousPhrases) addPhrase(p.phrase, p.plural);
  for (const s of options.anonymousSources ?? []) {
    const words = s.trim().toLowerCase().split(/\s+/);
    if (words.length === 1 && words[0])
      anonHeads.set(words[0], { plural: words[0].endsWith('s'), generic: false });
    else if (words.length > 1) addPhrase(words.join(' '), /s$/.test(words[0] as string));
  }

  const keyWords = new Set<string>([
    ...verbs.keys(),
    'according',
    'citing',
    'reported',
    'anonymity',
    'understood',
  ]);
  for (const k of anonPhrases.keys()) keyWords.add(k);
  for (const w of parentheticalVerbs) keyWords.add(w);
  for (const w of viewNouns) keyWords.add(w);
  keyWords.add('put');
  keyWords.add('puts');
  for (const q of qualifiers)
    keyWords.add(q[0] === 'who' || q[0] === 'speaking' ? 'anonymity' : (q[0] as string));
  for (const d of authored) keyWords.add(d);
  for (const d of ['data', 'figures', 'statistics', 'findings', 'records', 'estimates', 'interview'])
    keyWords.add(d);
  const keys = wordTest(keyWords);

  // Where a scan starts, and a word without which it cannot succeed: a one-word cue itself, the longest
  // (rarest) word of a cue phrase ("anonymity" of "on condition of anonymity", "statement" of "in a
  // statement"), as every word of a phrase must be there. `Scanner.run` starts scans only at these cues
  // (and the channel scan at "in"), so a sentence with no anchor has no match: a new scan adds its
  // words here.
  const cues = new WordSet();
  const anchorWords = new Set<string>();
  const cue = (phrase: readonly string[]) => {
    cues.add(phrase[0] as string);
    anchorWords.add(longest(phrase));
  };
  for (const list of verbs.values()) for (const v of list) cue(v.words);
  for (const list of anonPhrases.values()) for (const p of list) cue(p.words);
  for (const phrase of [...credits, ...qualifiers]) cue(phrase);
  for (const w of [...parenthetical, ...views, 'put', 'puts', ...authored]) cue([w]);
  for (const w of possessiveDocuments) if (authored.has(w) || documents.has(w)) cue([w]);
  // The channel scan starts at every "in" ("in a statement").
  for (const c of channels) anchorWords.add(longest(c));
  // A configured word with an apostrophe or a character beyond ASCII may be written in more than one way
  // ("’" for "'", a final sigma): such a lexicon skips the test rather than risk missing a match.
  const anchors = [...anchorWords].every((w) => /^[a-z0-9-]+$/.test(w)) ? wordTest(anchorWords) : undefined;
  return { verbs, anonHeads, anonPhrases, keys, cues, anchors };
}

const longest = (words: readonly string[]) =>
  words.reduce((a, b) => (b.length > a.length ? b : a), words[0] as string);

/** Words looked for, whole, in a lower-case sentence. */
interface WordTest {
  /** Words of letters and digits: found as a run of letters and digits. */
  words: WordSet;
  /** Other words ("op-ed"): found anywhere with no letter or digit on either side. */
  others: string[];
}

function wordTest(list: Iterable<string>): WordTest {
  const test: WordTest = { words: new WordSet(), others: [] };
  for (const w of list) {
    const word = w.toLowerCase();
    if (word !== '' && runEnd(word, 0) === word.length) test.words.add(word);
    else if (!test.others.includes(word)) test.others.push(word);
  }
  return test;
}

/** Whether the lower-case text holds one of the test's words, with no letter or digit on either side. */
function holds(lower: string, test: WordTest): boolean {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const end = runEnd(lower, i);
    if (end === i) i += widthAt(lower, i);
    else if (test.words.hasRange(lower, i, end)) return true;
    else i = end;
  }
  for (const word of test.others) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (!(classBefore(lower, at) & WORDISH) && !(classAt(lower, at + word.length) & WORDISH)) return true;
    }
  }
  return false;
}

// The built-in lexicon is compiled on first use, not at load: a program that never looks for
// attribution does not pay for it.
let baseLexicon: Lexicon | undefined;
const cache = new Map<string, Lexicon>();
// A caller passes one options object for many sentences (an article's); its lists are read-only, so the
// same object holding the same lists needs no key built from their words.
const byOptions = new WeakMap<
  AttributionOptions,
  {
    verbs: AttributionOptions['attributionVerbs'];
    anon: AttributionOptions['anonymousSources'];
    lexicon: Lexicon;
  }
>();

function lexiconFor(options: AttributionOptions): Lexicon {
  const known = byOptions.get(options);
  if (known && known.verbs === options.attributionVerbs && known.anon === options.anonymousSources)
    return known.lexicon;
  const verbs = options.attributionVerbs ?? [];
  const anon = options.anonymousSources ?? [];
  if (verbs.length === 0 && anon.length === 0) {
    baseLexicon ??= compile({});
    return baseLexicon;
  }
  const key = `${verbs.join('\u0001')}\u0000${anon.join('\u0001')}`;
  let lexicon = cache.get(key);
  if (!lexicon) {
    if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
    lexicon = compile(options);
    cache.set(key, lexicon);
  }
  byOptions.set(options, { verbs: options.attributionVerbs, anon: options.anonymousSources, lexicon });
  return lexicon;
}

// ---------------------------------------------------------------------------------------------------------
// The scanner over one sentence

type HeadKind = 'pronoun' | 'proper' | 'role' | 'document' | 'anonymous' | 'person' | 'none';

interface Phrase {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  kind: HeadKind;
  plural?: boolean;
  /** Generic anonymous head that is named after all ("the analysts at Goldman Sachs"). */
  named?: boolean;
}

interface Candidate {
  match: AttributionMatch;
  /** Lower wins over an overlapping match: 0 for a verb, then credits, phrases, documents, channels. */
  priority: number;
}

class Scanner {
  readonly t: Token[];
  readonly text: string;
  readonly lex: Lexicon;
  readonly found: Candidate[] = [];

  constructor(text: string, lower: string, lex: Lexicon) {
    this.text = text;
    this.lex = lex;
    this.t = tokenize(text, lower);
  }

  lc(i: number): string {
    return this.t[i]?.word ? (this.t[i] as Token).lc : '';
  }

  isWord(i: number): boolean {
    return this.t[i]?.word === true;
  }

  /** Whether the words from token i are `words` (no punctuation between); returns the end index or -1. */
  matchWords(i: number, words: readonly string[]): number {
    for (let n = 0; n < words.length; n++) if (this.lc(i + n) !== words[n]) return -1;
    return i + words.length;
  }

  /** Whether words ending just before token `end` are `words`; returns the start index or -1. */
  matchWordsBefore(end: number, words: readonly string[]): number {
    const start = end - words.length;
    return start >= 0 && this.matchWords(start, words) === end ? start : -1;
  }

  private first = -2;

  firstWord(): number {
    if (this.first === -2) {
      this.first = -1;
      for (let i = 0; i < this.t.length; i++) {
        if (this.t[i]?.word) {
          this.first = i;
          break;
        }
      }
    }
    return this.first;
  }

  slice(from: number, to: number): string {
    const a = this.t[from] as Token;
    const b = this.t[to - 1] as Token;
    return this.text.slice(a.start, b.end);
  }

  /** What kind of speaker word `i` is when it heads a noun phrase. */
  headKind(i: number, sentenceInitial: boolean): { kind: HeadKind; plural?: boolean; generic?: boolean } {
    const tok = this.t[i];
    if (!tok?.word || isPossessive(tok)) return { kind: 'none' };
    const lc = tok.lc;
    const anon = this.lex.anonHeads.get(lc);
    if (anon && (!tok.cap || sentenceInitial || lc === 'sources'))
      return { kind: 'anonymous', plural: anon.plural, generic: anon.generic };
    if (pronouns.has(lc)) return { kind: 'pronoun' };
    if (personal.has(lc) || stops.has(lc) || dets.has(lc)) return { kind: 'none' };
    if (tok.cap && !(sentenceInitial && (roles.has(lc) || documents.has(lc)))) {
      return times.has(lc) ? { kind: 'none' } : { kind: 'proper' };
    }
    if (documents.has(lc)) return { kind: 'document' };
    if (roles.has(lc)) return { kind: 'role' };
    if (personSuffix.test(lc) && !notPersons.has(lc)) return { kind: 'person' };
    return { kind: 'none' };
  }

  /** A modifier word inside a speaker's noun phrase ("deputy", "health", "Russian"). */
  isModifier(i: number): boolean {
    const tok = this.t[i];
    if (!tok?.word) return false;
    const lc = tok.lc;
    // Grammar words open sentences in capitals too: "If someone says", "When officials said".
    if (personal.has(lc) || (stops.has(lc) && !connectors.has(lc))) return false;
    if (tok.cap || classAt(lc, 0) & NUMBER) return true;
    if (stops.has(lc) || verbWords.has(lc) || this.lex.verbs.has(lc)) return false;
    if (
      modifiers.has(lc) ||
      participles.has(lc) ||
      roles.has(lc) ||
      documents.has(lc) ||
      this.lex.anonHeads.has(lc)
    ) {
      return true;
    }
    // "-ing"/"-ed" words are mostly verbs; before a role noun they describe it ("shipping firm").
    if (/(?:ing|ed)$/.test(lc)) return roles.has(this.lc(i + 1)) || lc.includes('-');
    return lc.includes('-') || adjectiveEnding.test(lc) || (personSuffix.test(lc) && !notPersons.has(lc));
  }

  /**
   * The noun phrase that ends with token `head`, read leftwards: modifiers, names with their connectors,
   * possessives, and at most one determiner. Returns the first token index.
   */
  chunkLeft(head: number): number {
    let from = head;
    let lower = this.t[head]?.cap ? 0 : 1;
    for (let i = head - 1; i >= 0 && head - i < 12; i--) {
      const tok = this.t[i] as Token;
      if (!tok.word) {
        if ((tok.lc === "'s" || tok.lc === '’s') && this.isWord(i - 1)) {
          from = i;
          continue;
        }
        break;
      }
      const lc = tok.lc;
      if (dets.has(lc)) {
        from = i;
        break;
      }
      if (
        connectors.has(lc) &&
        this.t[i + 1]?.cap &&
        (this.t[i - 1]?.cap || (lc === 'the' && connectors.has(this.lc(i - 1))))
      ) {
        continue;
      }
      if (connectors.has(lc) && this.t[i + 1]?.cap && connectors.has(this.lc(i - 1))) continue;
      if (!this.isModifier(i) && !isPossessive(tok)) break;
      if (!tok.cap && !(classAt(lc, 0) & NUMBER)) {
        if (++lower > 3) break;
      } else lower = 0;
      from = i;
    }
    return from;
  }

  /** The unnamed-source qualifier ("familiar with", "who spoke on condition of anonymity") starting at i. */
  qualifierAt(i: number): number {
    if (!qualifierFirsts.has(this.lc(i))) return -1;
    for (const q of qualifiers) {
      const end = this.matchWords(i, q);
      if (end > 0) return end;
    }
    return -1;
  }

  /** Words after a qualifier: its object, up to punctuation or a verb ("the matter", "the talks"). */
  qualifierObjectEnd(i: number, limit: number): number {
    let end = i;
    while (
      end < limit &&
      end - i < 7 &&
      this.isWord(end) &&
      !this.lex.verbs.has(this.lc(end)) &&
      !blockers.has(this.lc(end))
    ) {
      end++;
    }
    return end;
  }

  /**
   * The speaker that ends at token `j` (the word before a reporting verb), read leftwards; with a
   * prepositional phrase ("a spokesperson for the ministry", "people familiar with the matter").
   */
  speakerLeft(j: number): Phrase | undefined {
    const initial = (i: number) => this.firstWord() === i;
    // An unnamed source described by a qualifier: "an official who spoke on condition of anonymity".
    for (let m = j; m >= Math.max(1, j - 12); m--) {
      if (!this.isWord(m)) break;
      const end = this.qualifierAt(m);
      if (end < 0) continue;
      if (end - 1 > j || (end <= j && this.qualifierObjectEnd(end, j + 1) !== j + 1)) continue;
      const head = this.headKind(m - 1, initial(m - 1));
      if (head.kind === 'anonymous') {
        return { from: this.chunkLeft(m - 1), to: j + 1, kind: 'anonymous', plural: head.plural ?? false };
      }
    }
    const tok = this.t[j];
    if (!tok?.word) return undefined;
    // "many of them said"
    if (tok.lc === 'them' && this.lc(j - 1) === 'of' && quantifiers.has(this.lc(j - 2))) {
      return { from: j - 2, to: j + 1, kind: 'pronoun' };
    }
    const head = this.headKind(j, initial(j));
    if (head.kind === 'pronoun') return { from: j, to: j + 1, kind: 'pronoun' };
    // An unknown word ends the phrase only as the object of a preposition ("familiar with the matter").
    if (head.kind === 'none' && (!this.isModifier(j) || dets.has(tok.lc) || isPossessive(tok)))
      return undefined;
    let from = this.chunkLeft(j);
    let phrase: Phrase = {
      from,
      to: j + 1,
      kind: head.kind,
      ...(head.plural !== undefined ? { plural: head.plural } : {}),
    };
    if (head.generic)
      phrase.named = this.lc(from) === 'the' || this.lc(from) === 'these' || this.lc(from) === 'those';
    // Up to two prepositional phrases: "the head of the General Services Administration".
    for (let hops = 0; hops < 2; hops++) {
      let prepStart = -1;
      let prepWords: string[] = [];
      for (const p of prepositions) {
        const s = this.matchWordsBefore(from, p);
        if (s > 0 && p.length > prepWords.length) {
          prepStart = s;
          prepWords = p;
        }
      }
      if (prepStart <= 0) break;
      const outer = this.headKind(prepStart - 1, initial(prepStart - 1));
      if (outer.kind === 'none' || outer.kind === 'pronoun') break;
      const qualified = prepWords.length > 1 || prepWords[0] === 'with';
      if (qualified && outer.kind !== 'anonymous') break;
      const affiliation =
        ['at', 'for', 'from', 'with'].includes(prepWords[0] as string) && this.hasName(from, j + 1);
      from = this.chunkLeft(prepStart - 1);
      phrase = {
        from,
        to: j + 1,
        kind: outer.kind,
        ...(outer.plural !== undefined ? { plural: outer.plural } : {}),
        named: Boolean(outer.generic) && (affiliation || this.lc(from) === 'the'),
      };
    }
    if (phrase.kind === 'none') return undefined;
    return phrase;
  }

  /**
   * The speaker that starts at token `i`, read rightwards: after an inverted verb ("said Dr. David A.
   * Chandler, Commissioner") or after "according to". Returns undefined unless it ends in a speaker word.
   */
  speakerRight(i: number, appositive: boolean): Phrase | undefined {
    const first = this.t[i];
    if (!first?.word) return undefined;
    if (times.has(first.lc) || personal.has(first.lc)) return undefined;
    if (appositive && (first.lc === 'him' || first.lc === 'them' || first.lc === 'it')) return undefined;
    if (pronouns.has(first.lc) || first.lc === 'him' || first.lc === 'her' || first.lc === 'them') {
      return first.lc === 'her' && this.isModifier(i + 1)
        ? this.speakerRight(i + 1, appositive)
        : { from: i, to: i + 1, kind: 'pronoun' };
    }
    let k = i;
    if (dets.has(first.lc) || (this.isPossessiveName(i) && this.isWord(i + 1))) k++;
    if (this.lc(k) === "'s") k++;
    let head = -1;
    let sawCap = false;
    let lower = 0;
    for (; k < this.t.length && k - i < 14; k++) {
      const tok = this.t[k] as Token;
      if (!tok.word) {
        if (tok.lc === "'s" && head === k - 1) continue;
        break;
      }
      if (connectors.has(tok.lc) && sawCap && this.t[k + 1]?.cap && !dets.has(tok.lc)) continue;
      if (tok.lc === 'the' && connectors.has(this.lc(k - 1)) && sawCap && this.t[k + 1]?.cap) continue;
      if (tok.cap) {
        if (times.has(tok.lc) && k === i) return undefined;
        sawCap = true;
        lower = 0;
        head = k;
        continue;
      }
      if (sawCap) {
        // A role word after a name closes it: "the U.S. military".
        const noun =
          roles.has(tok.lc) || documents.has(tok.lc) || (this.lex.anonHeads.has(tok.lc) && !dets.has(tok.lc));
        if (noun && !verbWords.has(tok.lc)) head = k;
        break;
      }
      if (!this.isModifier(k)) {
        // A noun that is also a verb form ends the phrase: "a report by the IMF".
        if (roles.has(tok.lc) || documents.has(tok.lc)) head = k;
        break;
      }
      if (++lower > 4) break;
      head = k;
      // "people familiar with the matter": the qualifier ends the head's words.
      if (this.lex.anonHeads.has(tok.lc) && this.qualifierAt(k + 1) > 0) break;
    }
    if (head < 0) return undefined;
    // "according to the official description": the head word was a modifier of a noun we do not know.
    const follower = this.t[head + 1];
    if (
      !appositive &&
      follower?.word &&
      !follower.cap &&
      !stops.has(follower.lc) &&
      !verbWords.has(follower.lc)
    ) {
      if (this.qualifierAt(head + 1) < 0 && !speakerPrepositions.includes(follower.lc)) return undefined;
    }
    const kind = this.headKind(head, false);
    if (kind.kind === 'none') return undefined;
    let to = head + 1;
    let plural = kind.plural;
    const phraseKind = kind.kind;
    // "people familiar with the matter"
    const q = kind.kind === 'anonymous' ? this.qualifierAt(to) : -1;
    if (q > 0) to = this.qualifierObjectEnd(q, this.t.length);
    // "a report by the IMF", "officials at the Pentagon", "Talla Babou at the IDA STPI"
    else if (this.isWord(to) && speakerPrepositions.includes(this.lc(to))) {
      const object = this.speakerRight(to + 1, false);
      if (object && (object.kind === 'proper' || object.kind === 'role')) {
        if (kind.generic && ['at', 'for', 'from', 'with'].includes(this.lc(to))) plural = kind.plural;
        to = object.to;
      }
    }
    const result: Phrase = { from: i, to, kind: phraseKind, ...(plural !== undefined ? { plural } : {}) };
    if (kind.generic) result.named = dets.has(first.lc) && first.lc === 'the';
    // "Sara Smith, Social Media Strategist for NIDA"
    if (appositive && kind.kind === 'proper' && this.t[to]?.lc === ',') {
      const end = this.appositiveEnd(to + 1);
      if (end > to + 1) result.to = end;
    }
    return result;
  }

  /**
   * Whether a phrase is clearly the subject of a verb that is also a plural noun: a name, a pronoun, a
   * body, a named or unnamed source; a document only after a determiner ("The report states"). "research
   * reports that", "Some notes", "many states" read as nouns.
   */
  clearSubject(phrase: Phrase): boolean {
    const head = this.lc(phrase.to - 1);
    if (phrase.kind === 'person' || quantifiers.has(head) || head === 'others') return false;
    if (phrase.kind === 'document')
      return dets.has(this.lc(phrase.from)) || isPossessive(this.t[phrase.from] as Token);
    return true;
  }

  /** Whether a named subject takes a plural verb: "North Korea and Russia", "the Sudanese Armed Forces". */
  pluralProper(phrase: Phrase): boolean {
    for (let i = phrase.from; i < phrase.to; i++) if (this.lc(i) === 'and' || this.lc(i) === '&') return true;
    const last = this.t[phrase.to - 1] as Token;
    return /s$/.test(last.lc) && !isPossessive(last);
  }

  /** Whether tokens from..to hold a name or a possessive (a capital word that does not open the sentence). */
  hasName(from: number, to: number): boolean {
    const first = this.firstWord();
    for (let i = from; i < to; i++) {
      const tok = this.t[i] as Token;
      if (tok.lc === "'s" || (tok.word && isPossessive(tok))) return true;
      if (tok.cap && i !== first) return true;
    }
    return false;
  }

  isPossessiveName(i: number): boolean {
    const tok = this.t[i];
    return Boolean(tok?.word && tok.cap && isPossessive(tok));
  }

  /** The end of a title after a name's comma: up to the next comma, quotation or clause ("who", "as"). */
  appositiveEnd(i: number): number {
    const first = this.t[i];
    if (!first?.word) return -1;
    if (!(first.cap || dets.has(first.lc) || roles.has(first.lc) || personSuffix.test(first.lc))) return -1;
    if (
      times.has(first.lc) ||
      ['who', 'which', 'where', 'as', 'adding', 'saying', 'and', 'but'].includes(first.lc)
    ) {
      return -1;
    }
    let k = i;
    for (; k < this.t.length && k - i < 16; k++) {
      const tok = this.t[k] as Token;
      if (!tok.word) {
        if (tok.lc === "'s" || tok.lc === '&') continue;
        break;
      }
      if (
        ['who', 'which', 'where', 'as', 'adding', 'saying', 'said', 'says', 'when', 'while'].includes(tok.lc)
      )
        break;
    }
    return k - i >= 16 ? -1 : k;
  }

  add(phrase: Phrase, cueFrom: number, cueTo: number, priority: number, qualified = false): void {
    // "Research shows", "Recent studies have found", "A 2015 study found": a document that names no one.
    if (phrase.kind === 'document' && priority === 0 && !this.hasName(phrase.from, phrase.to)) {
      const head = this.lc(phrase.to - 1);
      if (!namingDeterminers.has(this.lc(phrase.from))) {
        phrase = { ...phrase, kind: 'anonymous', plural: /s$/.test(head) || head === 'data' };
      }
    }
    const a = Math.min(phrase.from, cueFrom);
    const b = Math.max(phrase.to, cueTo);
    const anonymous = phrase.kind === 'anonymous' && !phrase.named;
    const match: AttributionMatch = {
      start: (this.t[a] as Token).start,
      end: (this.t[b - 1] as Token).end,
      type: anonymous || qualified ? 'anonymous' : 'attribution',
      source: this.slice(phrase.from, phrase.to),
      cue: this.slice(cueFrom, cueTo),
    };
    if (anonymous || qualified) match.plural = phrase.plural ?? false;
    this.found.push({ match, priority });
  }

  /** Whether what follows a speech-only verb is speech: "that", a comma, a quotation, the sentence end. */
  speechFollows(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return true;
    if (!tok.word) return /^[,:;.!?"“”'’—–]$/.test(tok.lc);
    if (tok.lc === 'that') return true;
    return this.channelEnd(i) > 0;
  }

  /** "in a statement", "in an interview with X", "in a joint statement": the end index, or -1. */
  channelEnd(i: number): number {
    if (this.lc(i) !== 'in') return -1;
    let k = i + 1;
    if (!dets.has(this.lc(k))) return -1;
    k++;
    for (let extra = 0; extra <= 2; extra++) {
      for (const c of channels) {
        const end = this.matchWords(k + extra, c);
        if (end > 0) return end;
      }
      if (!this.isWord(k + extra)) break;
    }
    return -1;
  }

  scanVerb(k: number, cue: VerbCue): void {
    const end = k + cue.words.length;
    const verb = cue.verb;
    const tok = this.t[k] as Token;
    const initial = this.firstWord() === k;
    if (tok.cap && !initial) return;
    // "says a lot about", "said nothing about"
    if (cue.words[0] === 'say' || cue.words[0] === 'says' || cue.words[0] === 'said') {
      for (const j of judgements) {
        const e = this.matchWords(end, j);
        if (e > 0 && (j.length > 1 || j[0] === 'volumes' || ['about', 'for', 'of'].includes(this.lc(e))))
          return;
      }
    }
    if (verb.speechOnly && !this.speechFollows(end)) return;
    if (verb.opinion && !this.opinionFollows(end, verb.opinion)) return;
    const isNounForm = verb.nounForms?.includes(cue.form) === true;
    if (isNounForm) {
      const next = this.t[end];
      const complement = next !== undefined && (next.lc === '"' || next.lc === '“');
      // "member states agreed": a past tense right after it shows the noun.
      const verbAfter = next?.word === true && (verbWords.has(next.lc) || /[a-z]ed$/.test(next.lc));
      if (!complement && (!next?.word || nounFollowers.has(next.lc) || verbAfter)) return;
    }
    // The base form ("say", "announce") needs a plural subject, and does not invert.
    let supported = false;
    const base = cue.form === verb.forms[0] && verb.forms.length >= 3;
    // "told everyone to put their pens down", "tell their node to abandon": an instruction, not a statement.
    const tells = cue.words[0] === 'tell' || cue.words[0] === 'tells' || cue.words[0] === 'told';
    if (tells && (this.lc(end + 1) === 'to' || this.lc(end + 2) === 'to' || this.lc(end + 3) === 'to'))
      return;
    let cueTo = end;
    const channel = this.channelEnd(end);
    if (channel > 0) cueTo = channel;

    // Normal order: the speaker before the verb, past adverbs and perfect auxiliaries.
    const before = this.t[k - 1];
    if (!tok.cap && before?.word) {
      let j = k - 1;
      while (j >= 0 && this.isWord(j)) {
        const lc = this.lc(j);
        if (verb.opinion && negators.has(lc)) {
          // "Smith doesn't think": the base form after "does" agrees with a singular subject.
          if (lc !== 'not' && lc !== "n't" && lc !== 'never') supported = true;
          j--;
        } else if (blockers.has(lc)) return;
        else if (adverbs.has(lc) || auxiliaries.has(lc)) {
          if (lc === 'does' || lc === 'did') supported = true;
          j--;
        } else break;
      }
      if (!this.isWord(j)) {
        this.scanAppositive(j, k, cueTo, verb);
        return;
      }
      const phrase = this.speakerLeft(j);
      if (!phrase) return;
      // "If someone from the VA says …", "When people say …": a hypothetical speaker.
      const lead = this.lc(phrase.from - 1);
      // "When Smith says that …" reports Smith; "when people say" is generic.
      const generic =
        lead === 'when' && phrase.kind !== 'proper' && !/(?:ed|said|told|wrote)$/.test(cue.form);
      if (hypothetical.has(lead) || generic) return;
      if (verb.opinion && (!this.holdsOpinion(phrase) || questionAuxiliaries.has(lead))) return;
      // "Our research showed", "My analysis revealed": the writer's own work, like "as I said".
      for (let i = phrase.from; i >= Math.max(0, phrase.from - 2) && this.isWord(i); i--) {
        if (ownWork.has(this.lc(i))) return;
      }
      // "some reported mutants", "the most reported attacks": a participle before its noun.
      const nextWord = this.t[end];
      if (quantifiers.has(this.lc(j)) || this.lc(j) === 'most') {
        if (/ed$/.test(cue.form) && nextWord?.word && !nextWord.cap && !complementStarts.has(nextWord.lc))
          return;
      }
      // "made several posts", "many reports": a plural quantifier takes "post", not "posts"; with the
      // -s form it is the noun's determiner, not a subject.
      if (phrase.plural && quantifiers.has(this.lc(j)) && cue.form === verb.forms[1] && /s$/.test(cue.form))
        return;
      // "your comment shows up": a phrasal verb, not a finding.
      if (verb.documentOnly && this.lc(end) === 'up') return;
      // "a diplomat accused of espionage": the participle, not the verb.
      if (/^(?:accused|alleged)$/.test(cue.form) && this.lc(end) === 'of') return;
      if (verb.documentOnly && phrase.kind !== 'document') return;
      if (isNounForm && !this.clearSubject(phrase)) return;
      if (base && !supported && phrase.kind === 'proper' && !this.pluralProper(phrase)) return;
      if (base && !supported && singular.has(this.lc(phrase.from))) return;
      if (verb.personOnly && phrase.kind === 'document') return;
      if (
        tells &&
        (this.lc(j) === 'it' || this.lc(j) === 'they') &&
        !this.t[end]?.cap &&
        this.lc(end) !== 'reporters'
      )
        return;
      this.add(phrase, k, cueTo, 0);
      return;
    }
    if (verb.documentOnly) return;
    // Inverted: "…,” said Sara Smith", ", said the ministry", "Said Darren, “…”".
    const openers = [',', '"', '“', '”', "'", '’', '—', '–', ':'];
    if (verb.inverts && !base && (initial || (before && openers.includes(before.lc)))) {
      const phrase = this.speakerRight(end, true);
      // "…, said Catalyst has a framework": a name followed by its own verb starts a that-clause.
      const after = this.t[phrase?.to ?? -1];
      if (phrase && (!after?.word || afterInverted.has(after.lc))) {
        this.add(phrase, k, end, 0);
        return;
      }
    }
    if (!tok.cap && before) this.scanAppositive(k - 1, k, cueTo, verb);
  }

  /** "Sara Smith, Social Media Strategist for NIDA, said": a name, its title between commas, the verb. */
  scanAppositive(comma: number, k: number, cueTo: number, verb: ReportingVerb): void {
    if (this.t[comma]?.lc !== ',' || verb.documentOnly) return;
    let open = comma - 1;
    while (open >= 0 && comma - open < 18 && this.t[open]?.lc !== ',') {
      if (!this.isWord(open) && this.t[open]?.lc !== "'s") return;
      open--;
    }
    if (this.t[open]?.lc !== ',' || open === comma - 1) {
      this.scanLongTitle(comma, k, cueTo);
      return;
    }
    const titleFirst = this.t[open + 1] as Token;
    const relative = titleFirst.lc === 'who';
    if (!relative && this.appositiveEnd(open + 1) !== comma) {
      this.scanLongTitle(comma, k, cueTo);
      return;
    }
    const phrase = this.speakerLeft(open - 1);
    if (!phrase || phrase.kind === 'none' || phrase.kind === 'document') return;
    if (phrase.kind !== 'proper' && phrase.kind !== 'anonymous' && phrase.kind !== 'role') return;
    if (!relative) phrase.to = comma;
    this.add(phrase, k, cueTo, 0);
  }

  /**
   * "Rafael López, the commissioner of …, Youth and Families, the federal office that works with …, says:
   * “…”": a name opens the sentence, a title with commas of its own follows, and the verb introduces a
   * quotation or a that-clause.
   */
  scanLongTitle(comma: number, k: number, cueTo: number): void {
    const first = this.firstWord();
    if (first < 0 || !this.t[first]?.cap) return;
    let nameEnd = first;
    while (nameEnd < comma && this.t[nameEnd]?.word && this.t[nameEnd]?.cap && nameEnd - first < 4) nameEnd++;
    if (nameEnd === first || this.t[nameEnd]?.lc !== ',' || comma - nameEnd > 48) return;
    if (this.headKind(nameEnd - 1, true).kind !== 'proper') return;
    for (let i = nameEnd + 1; i < comma; i++) {
      const tok = this.t[i] as Token;
      if (!tok.word && ![',', "'s", '’s', '’', '&', '-'].includes(tok.lc)) return;
    }
    const next = this.t[cueTo];
    if (!next || !(next.lc === ':' || next.lc === 'that' || ['"', '“', "'", '‘'].includes(next.lc))) return;
    this.add({ from: first, to: nameEnd, kind: 'proper' }, k, cueTo, 0);
  }

  scanCredit(i: number, words: readonly string[]): void {
    const end = i + words.length;
    const phrase = this.speakerRight(end, false) ?? this.creditedPhrase(end);
    if (!phrase) return;
    this.add(phrase, i, end, 1);
  }

  /**
   * The object of a credit preposition closed by punctuation, when it ends in a source word whatever its
   * modifiers: "according to their web analytics data, …", "according to the agency's figures."
   */
  creditedPhrase(from: number): Phrase | undefined {
    let k = from;
    for (; k < this.t.length && k - from < 7; k++) {
      const tok = this.t[k] as Token;
      if (!tok.word && tok.lc !== "'s" && tok.lc !== '’s') break;
    }
    const close = this.t[k];
    if (k === from || !close || !/^[,.;:]$/.test(close.lc)) return undefined;
    const kind = this.headKind(k - 1, false);
    if (kind.kind === 'none' || kind.kind === 'pronoun') return undefined;
    return { from, to: k, kind: kind.kind, ...(kind.plural !== undefined ? { plural: kind.plural } : {}) };
  }

  scanAnonymousPhrase(i: number): void {
    const list = this.lex.anonPhrases.get(this.lc(i));
    if (!list) return;
    for (const p of list) {
      const end = this.matchWords(i, p.words);
      if (end < 0) continue;
      if (p.words[0] === 'it' && this.t[i]?.cap === false && this.lc(i - 1) === 'that') continue;
      this.add({ from: i, to: end, kind: 'anonymous', plural: p.plural }, i, end, 2);
      return;
    }
  }

  /** Whether what follows a verb of opinion makes it one: a clause, or a described object. */
  opinionFollows(i: number, kind: 'clause' | 'subject' | 'object'): boolean {
    const next = this.t[i];
    if (!next) return false;
    if (kind === 'object') {
      const object = next.lc;
      if (!(object === 'it' || object === 'him' || object === 'her' || object === 'them')) return false;
      const after = this.t[i + 1];
      return after !== undefined && (after.word ? !callParticles.has(after.lc) : /^["“‘']$/.test(after.lc));
    }
    if (!next.word) return /^["“‘]$/.test(next.lc);
    if (kind === 'subject') {
      if (!subjectStarts.has(next.lc)) return false;
      // "felt it, and …", "considered them for the job": an object, not the subject of a clause.
      const after = this.t[i + 1];
      return next.lc === 'that' || (after?.word === true && !callParticles.has(after.lc));
    }
    // "analysts expect prices to rise", "Germany expects to lift"; "expected to win" is mostly the participle.
    if (next.lc === 'to') return this.lc(i - 1) === 'expect' || this.lc(i - 1) === 'expects';
    return clauseStarts.has(next.lc) || (next.cap && !times.has(next.lc));
  }

  /** Who may hold a credited opinion: a person, a body or an unnamed group, never "it" or a document. */
  holdsOpinion(phrase: Phrase): boolean {
    if (phrase.kind === 'document' || phrase.kind === 'none') return false;
    if (phrase.kind === 'pronoun') return this.lc(phrase.from) !== 'it';
    // "Many people believe", "some thought": the writer's generalisation about people, not a source.
    const head = this.lc(phrase.to - 1);
    if (phrase.kind === 'anonymous' && (head === 'people' || quantifiers.has(head) || head === 'others'))
      return false;
    return true;
  }

  /**
   * A speaker and verb between commas or at the end: "…, Chappatte continues.", "…, he believes, could …",
   * "…, argues McGarvey, has …", "…, The Washington Post reports."
   */
  scanParenthetical(k: number, verb: ReportingVerb | undefined): void {
    const tok = this.t[k] as Token;
    if (tok.cap || verb?.opinion === 'object') return;
    // Normal order: the speaker closes the slot's left side.
    let j = k - 1;
    while (j >= 0 && this.isWord(j) && (adverbs.has(this.lc(j)) || negators.has(this.lc(j)))) j--;
    const closer = this.t[k + 1];
    if ((closer === undefined || slotClosers.has(closer.lc)) && this.isWord(j)) {
      const phrase = this.speakerLeft(j);
      const open = phrase ? this.t[phrase.from - 1] : undefined;
      // "McGarvey muses, ‘…’" or "Chappatte continues: …": the speaker opens the sentence and a quotation follows.
      const intro =
        phrase !== undefined &&
        verb === undefined &&
        phrase.from === this.firstWord() &&
        phrase.kind === 'proper' &&
        (closer?.lc === ':' || (closer?.lc === ',' && /^["“‘']$/.test(this.t[k + 2]?.lc ?? '')));
      // The base form agrees only with a plural: ", they say." but not ", the [2015 report]".
      const base = verb !== undefined && tok.lc === verb.forms[0] && verb.forms.length >= 3;
      if (
        phrase &&
        !(
          base && (phrase.kind === 'pronoun' ? this.lc(phrase.from) !== 'they' : !this.pluralProper(phrase))
        ) &&
        (intro || (open && slotOpeners.has(open.lc) && phrase.from > 1)) &&
        this.holdsOpinion(phrase) &&
        this.slotSpeaker(phrase)
      ) {
        this.add(phrase, k, k + 1, 0);
        return;
      }
    }
    // Inverted: ", argues McGarvey," at the end or before the rest of the sentence. Verbs of opinion and
    // base forms do not invert: ", consider Aileen," is an imperative, ", called Lucene," a participle.
    const before = this.t[k - 1];
    if (!before || !slotOpeners.has(before.lc) || k < 2) return;
    // "…, told Fortune.": whom one tells is the listener, not the speaker.
    if (
      verb &&
      (verb.opinion || verb.forms[0] === 'tell' || (tok.lc === verb.forms[0] && verb.forms.length >= 3))
    )
      return;
    const phrase = this.speakerRight(k + 1, true);
    if (!phrase || phrase.kind === 'pronoun' || !this.holdsOpinion(phrase) || !this.slotSpeaker(phrase))
      return;
    const after = this.t[phrase.to];
    if (after === undefined || slotClosers.has(after.lc)) this.add(phrase, k, k + 1, 0);
  }

  /**
   * Who may speak from a parenthetical slot: a name, "he"/"she"/"they", or a noun with its determiner
   * ("the minister"); a bare noun there is a list item (", payer claims, and").
   */
  slotSpeaker(phrase: Phrase): boolean {
    if (phrase.kind === 'proper' || phrase.kind === 'pronoun') return true;
    return dets.has(this.lc(phrase.from)) || isPossessive(this.t[phrase.from] as Token);
  }

  /** "As the minister put it, …": the speaker of a phrasing. */
  scanPutIt(k: number): void {
    if (this.lc(k + 1) !== 'it') return;
    const phrase = this.isWord(k - 1) ? this.speakerLeft(k - 1) : undefined;
    if (!phrase || this.lc(phrase.from - 1) !== 'as' || !this.holdsOpinion(phrase)) return;
    this.add(phrase, phrase.from - 1, k + 2, 0);
  }

  /** "Smith's view is that …", "Her argument was that …": a stated view of a named or known speaker. */
  scanView(k: number): void {
    const be = this.lc(k + 1);
    if ((be !== 'is' && be !== 'was') || (this.lc(k + 2) !== 'that' && this.t[k + 2]?.lc !== ':')) return;
    const owner = this.t[k - 1];
    if (!owner) return;
    if (owner.lc === 'his' || owner.lc === 'her' || owner.lc === 'their') {
      this.add({ from: k - 1, to: k, kind: 'pronoun' }, k, k + 2, 0);
      return;
    }
    let head = k - 1;
    if (owner.lc === "'s" || owner.lc === '’s') head = k - 2;
    else if (!(owner.word && isPossessive(owner))) return;
    const tok = this.t[head];
    if (!tok?.word || !tok.cap) return;
    this.add({ from: this.chunkLeft(head), to: k, kind: 'proper' }, k, k + 2, 0);
  }

  /** "people familiar with the plans" with no verb: anonymous when the object is a briefing topic. */
  scanQualifier(i: number): void {
    const end = this.qualifierAt(i);
    if (end < 0) return;
    const head = this.headKind(i - 1, this.firstWord() === i - 1);
    if (head.kind !== 'anonymous') return;
    const objectEnd = this.qualifierObjectEnd(end, this.t.length);
    const last = this.lc(objectEnd - 1);
    if (!topics.has(last) && !anonymousQualifiers.some((q) => q.includes('anonymity') || q.includes('named')))
      return;
    if (!topics.has(last) && !/anonymity|named|identified/.test(this.slice(i, end))) return;
    const from = this.chunkLeft(i - 1);
    this.add({ from, to: objectEnd, kind: 'anonymous', plural: head.plural ?? false }, i, end, 2);
  }

  /** "a report by the IMF", "A 2023 survey from Pew": a document with its author. */
  scanAuthoredDocument(i: number): void {
    if (!authored.has(this.lc(i))) return;
    const by = this.lc(i + 1);
    if (by !== 'by' && by !== 'from') return;
    const author = this.speakerRight(i + 2, false);
    if (!author || (author.kind !== 'proper' && author.kind !== 'role')) return;
    const from = this.chunkLeft(i);
    this.add({ from, to: author.to, kind: 'document' }, i, i + 2, 3);
  }

  /** "GAO's report", "the Census Bureau's data": a named body's document. */
  scanPossessiveDocument(i: number): void {
    const lc = this.lc(i);
    if (!(authored.has(lc) || documents.has(lc)) || !possessiveDocuments.has(lc)) {
      return;
    }
    let k = i - 1;
    let between = 0;
    while (
      k >= 0 &&
      between < 2 &&
      this.isWord(k) &&
      !isPossessive(this.t[k] as Token) &&
      this.isModifier(k) &&
      !this.t[k]?.cap
    ) {
      k--;
      between++;
    }
    if (this.t[k]?.lc === "'s" && this.t[k - 1]?.cap) k--;
    else if (!(this.t[k]?.cap && isPossessive(this.t[k] as Token))) return;
    const from = this.chunkLeft(k);
    this.add({ from, to: i + 1, kind: 'document' }, i, i + 1, 3);
  }

  /** "in a statement" or "in an interview with X" with no reporting verb in the sentence. */
  scanChannel(i: number): void {
    const end = this.channelEnd(i);
    if (end < 0) return;
    if (this.lc(end) === 'with' || this.lc(end) === 'by' || this.lc(end) === 'from') {
      const who = this.speakerRight(end + 1, false);
      if (who && who.kind !== 'pronoun') this.add(who, i, end, 4);
      return;
    }
    if (this.t[end]?.lc === ',') {
      const who = this.speakerRight(end + 1, false);
      if (who && who.kind !== 'none') this.add(who, i, end, 4);
    }
  }

  run(): AttributionMatch[] {
    const t = this.t;
    for (let i = 0; i < t.length; i++) {
      if (!t[i]?.word) continue;
      const lc = (t[i] as Token).lc;
      if (!this.lex.cues.has(lc)) continue;
      const cues = this.lex.verbs.get(lc);
      const before = this.found.length;
      let verb: ReportingVerb | undefined;
      if (cues) {
        for (const cue of cues) {
          if (this.matchWords(i, cue.words) > 0) {
            this.scanVerb(i, cue);
            verb = cue.verb;
            break;
          }
        }
      }
      if (this.found.length === before && ((verb && !verb.documentOnly) || parenthetical.has(lc)))
        this.scanParenthetical(i, verb);
      if (lc === 'put' || lc === 'puts') this.scanPutIt(i);
      else if (views.has(lc)) this.scanView(i);
      if (creditFirsts.has(lc)) {
        for (const c of credits) {
          if (c[0] === lc && this.matchWords(i, c) > 0 && !(c[0] === 'citing' && t[i]?.cap))
            this.scanCredit(i, c);
        }
      }
      this.scanAnonymousPhrase(i);
      this.scanQualifier(i);
      this.scanAuthoredDocument(i);
      this.scanPossessiveDocument(i);
    }
    if (!this.found.some((f) => f.priority === 0))
      for (let i = 0; i < t.length; i++) if (this.lc(i) === 'in') this.scanChannel(i);
    return settle(this.found);
  }
}

/** Keeps the strongest of overlapping matches (a verb over a phrase inside it), in text order. */
function settle(found: Candidate[]): AttributionMatch[] {
  if (found.length === 0) return [];
  const length = (m: AttributionMatch) => m.end - m.start;
  const ranked = [...found].sort(
    (a, b) => a.priority - b.priority || length(b.match) - length(a.match) || a.match.start - b.match.start,
  );
  const kept: AttributionMatch[] = [];
  for (const { match: c } of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Finds named and anonymous attribution in one sentence (plain text, markup masked). */
export function findAttributions(text: string, options: AttributionOptions = {}): AttributionMatch[] {
  const lex = lexiconFor(options);
  const lower = text.toLowerCase();
  // The anchors first: they reject more sentences.
  if ((lex.anchors && !holds(lower, lex.anchors)) || !holds(lower, lex.keys)) return [];
  return new Scanner(text, lower, lex).run();
}

// ---------------------------------------------------------------------------------------------------------
// Quotations

const quoteChars = /["“”„«»‘’]/g;

/**
 * Words as a reader counts them: a URL or "don’t" is one word (a run of non-space characters holding a
 * letter or digit). Linear: a pattern like `\S*[\p{L}]\S*` backtracks quadratically on a long run of
 * punctuation.
 */
function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    const cls = classAt(text, i);
    if (cls & SPACE) inRun = false;
    else {
      if (!inRun) counted = false;
      inRun = true;
      if (!counted && cls & WORDISH) {
        counted = true;
        n++;
      }
    }
  }
  return n;
}

/**
 * A quotation that is a whole utterance: a question or exclamation ("Why?"), or two words or more ending
 * with a full stop ("Googled it."). One word and a full stop is a scare quote in American punctuation
 * ("mobile.").
 */
function closesUtterance(inner: string): boolean {
  const text = inner.trimEnd();
  if (/[!?]$/.test(text)) return true;
  return /[.…]$/.test(text) && countWords(text) >= 2;
}

const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && (charClass(c.charCodeAt(0)) & WORDISH) !== 0;

/** Whether a short quotation is a direct one: it ends with a comma and a reporting verb comes next. */
function speechComma(text: string, inner: string, end: number): boolean {
  if (!/,\s*$/.test(inner)) return false;
  const after = text.slice(end, end + 60).toLowerCase();
  return /^\s*(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|say|added|asked|explained|wrote|replied|noted|told)\b/u.test(
    after,
  );
}

/**
 * Finds direct quotations: straight or curly double quotes, and curly single quotes around three words or
 * more. Scare quotes are left out: a quotation has four words or more, or ends with sentence punctuation
 * inside ("Googled it."), or is a short quote followed by its speaker ("Not really," said X). An opening
 * quote that is not closed runs to the end of the sentence; a closing quote that was opened in an earlier
 * sentence runs from the sentence start.
 */
export function findQuotes(text: string): Span[] {
  if (!/["“”„«»‘]/.test(text)) return [];
  const spans: Span[] = [];
  const keep = (start: number, end: number, inner: string) => {
    if (countWords(inner) >= 4 || closesUtterance(inner) || speechComma(text, inner, end)) {
      spans.push({ start, end });
    }
  };
  let open = -1;
  let openChar = '';
  for (const m of text.matchAll(quoteChars)) {
    const i = m.index;
    const c = m[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === '‘' || c === '’') continue;
    let role: 'open' | 'close';
    if (c === '“' || c === '„' || c === '«')
      role = open >= 0 && openChar === '„' && c === '“' ? 'close' : 'open';
    else if (c === '”' || c === '»') role = 'close';
    else if (open >= 0) role = 'close';
    // A straight quote after a word, before a space or punctuation, closes a quotation begun earlier.
    else
      role = !isSpaceOrStart(prev) && (next === undefined || /[\s.,;:!?)\]]/.test(next)) ? 'close' : 'open';
    if (role === 'open') {
      if (open < 0) {
        open = i;
        openChar = c;
      }
      continue;
    }
    if (open >= 0) {
      keep(open, i + 1, text.slice(open + 1, i));
      open = -1;
    } else if (spans.length === 0) {
      // Closes a quotation opened in an earlier sentence.
      const start = text.search(/\S/);
      if (start >= 0 && start < i) keep(start, i + 1, text.slice(start, i));
    }
  }
  if (open >= 0) {
    const end = text.trimEnd().length;
    if (end > open + 1) keep(open, end, text.slice(open + 1, end));
  }
  singleQuotes(text, spans);
  return spans.sort((a, b) => a.start - b.start);
}

/** Curly single quotes as quotation marks: ‘ … ’ around three words or more, outside other quotations. */
function singleQuotes(text: string, spans: Span[]): void {
  if (!text.includes('‘')) return;
  let from = 0;
  for (;;) {
    const open = text.indexOf('‘', from);
    if (open < 0) return;
    from = open + 1;
    if (isLetter(text[open - 1]) || !isLetter(text[open + 1])) continue;
    let close = -1;
    for (let k = open + 1; k < text.length; k++) {
      if (text[k] === '’' && !isLetter(text[k + 1])) {
        close = k;
        break;
      }
    }
    if (close < 0) return;
    const inner = text.slice(open + 1, close);
    from = close + 1;
    if (countWords(inner) < 3) continue;
    if (spans.some((s) => s.start <= open && close < s.end)) continue;
    if (countWords(inner) >= 4 || closesUtterance(inner)) spans.push({ start: open, end: close + 1 });
  }
}
