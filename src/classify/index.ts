import type { BlockType, Kind } from '../types.ts';
import { isSpace } from './chars.ts';
import {
  type ClaimLists,
  claimLists,
  findComparison,
  findDate,
  findEvent,
  findName,
  findNumber,
  findTime,
} from './claims.ts';
import {
  type CueHit,
  type CueMatcher,
  compileCues,
  countWords,
  expandVerbs,
  indexMatchers,
  normalizeCue,
  OTHER,
  PhraseTrie,
  phraseList,
  rewritten,
  WordIndex,
  Words,
  wordSet,
  wordsOf,
} from './cues.ts';
import { looksEnglish } from './language.ts';
import {
  evaluativeAdjectives,
  evaluativeNouns,
  evaluativeSuperlatives,
  evaluativeVerbs,
} from './lexicon/evaluative.ts';
import { interpretivePhrases, interpretiveVerbs } from './lexicon/interpretive.ts';
import { prediction, prescription, speculation } from './lexicon/modality.ts';
import { boilerplateOpenings, selfReference } from './lexicon/other.ts';
import {
  generalisations,
  imperativeOpeners,
  intensifiers,
  neutralPhrases,
  personalStance,
  stanceAdverbs,
} from './lexicon/stance.ts';
import type { Cue } from './lexicon/types.ts';
import { findFirstPersonStance, findFuture, findSoAdjective, imperativeEnd, Openings } from './patterns.ts';

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

/** Sentences with fewer words than this are too short to judge. */
const MIN_WORDS = 4;
/** Cue weight at or above which a sentence is the writer's analysis. */
const ANALYSIS_THRESHOLD = 1;

/** The cue lists, compiled on first use: every phrase list shares one index of the words they start with. */
interface Lexicon {
  index: WordIndex;
  /** Analysis cue classes, in the order their hits are listed. */
  analysis: CueMatcher[];
  claims: ClaimLists;
  /** The openers of orders ("consider", "look at"), matched at the start by `imperativeEnd`. */
  imperativeOpeners: PhraseTrie;
  /** Openers that only turn the listener's attention to what follows ("Look, …", "Let me say …"). */
  framingOpeners: ReadonlySet<string>;
  /** The words that let an article describe itself anywhere in a sentence (see `mayReferToItself`). */
  places: PhraseTrie;
  /** Openings of boilerplate and captions ("Read more", "Photo:"). */
  boilerplate: Openings;
}
let lexicon: Lexicon | undefined;
/** The words of the sentence being classified, and of its text with quotations masked. */
const sentenceWords = new Words();
const analysisWords = new Words();

function lexiconOf(): Lexicon {
  if (lexicon) return lexicon;
  const index = new WordIndex(8192);
  const analysis = [
    compileCues('interpretation', expandVerbs(interpretiveVerbs)),
    compileCues('interpretation', interpretivePhrases),
    compileCues('prediction', prediction),
    compileCues('speculation', speculation, { framing: true }),
    compileCues('prescription', prescription),
    compileCues('stance', stanceAdverbs, { framing: true }),
    compileCues('intensifier', intensifiers, { framing: true }),
    compileCues('personal opinion', personalStance),
    compileCues('evaluative', evaluativeAdjectives, { caseSensitive: true }),
    compileCues('evaluative', adverbsOf(evaluativeAdjectives), { caseSensitive: true }),
    compileCues('evaluative', negatedAdjectives(evaluativeAdjectives), { caseSensitive: true }),
    compileCues('evaluative', evaluativeSuperlatives, { caseSensitive: true }),
    compileCues('evaluative', evaluativeNouns, { caseSensitive: true, plural: true }),
    compileCues('evaluative', expandVerbs(evaluativeVerbs), { caseSensitive: true }),
    compileCues('generalisation', generalisations, { framing: true }),
    compileCues('neutral', neutralPhrases),
  ];
  indexMatchers(index, analysis);
  lexicon = {
    index,
    analysis,
    claims: claimLists(index),
    places: phraseList(index, placeWords),
    imperativeOpeners: new PhraseTrie(
      imperativeOpeners.map((c) => c.cue),
      false,
      'phrase',
      false,
    ),
    framingOpeners: wordSet(imperativeOpeners.filter((c) => c.framing).map((c) => c.cue)),
    boilerplate: new Openings(boilerplateOpenings),
  };
  return lexicon;
}

/** "impressive" → "impressively", "terrible" → "terribly", "angry" → "angrily", "ironic" → "ironically". */
function adverbsOf(adjectives: readonly Cue[]): Cue[] {
  return adjectives
    .filter((a) => !a.cue.includes(' ') && !a.cue.endsWith('ly'))
    .map((a) => {
      const w = a.cue;
      const adverb = w.endsWith('le')
        ? `${w.slice(0, -1)}y`
        : w.endsWith('y')
          ? `${w.slice(0, -1)}ily`
          : w.endsWith('ic')
            ? `${w}ally`
            : `${w}ly`;
      return { ...a, cue: adverb };
    });
}

/** "impressive" → "unimpressive": the negated adjective judges as much (half weight: "unclear" is mild). */
function negatedAdjectives(adjectives: readonly Cue[]): Cue[] {
  return adjectives
    .filter((a) => !a.cue.includes(' ') && !/^(?:un|in|im|ir|il|dis|non)/.test(a.cue))
    .map((a) => ({ cue: `un${a.cue}`, weight: 0.5 }));
}

const configMatchers = new WeakMap<readonly string[], CueMatcher>();
function configMatcher(cues: readonly string[]): CueMatcher {
  let matcher = configMatchers.get(cues);
  if (!matcher) {
    matcher = compileCues(
      'configured cue',
      cues.map((cue) => ({ cue })),
    );
    configMatchers.set(cues, matcher);
  }
  return matcher;
}

const rhetoricalStart =
  /^[\s"'“‘(]*(?:(?:and|but|so)\s+)?(?:(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)n't|won't|can't|why\s+(?:would|should|on\s+earth|not|do|does|is|are)|how\s+(?:can|could|dare|on\s+earth)|who\s+(?:would|could|cares)|what\s+kind\s+of|what\s+is\s+the\s+point|isn't\s+it|is\s+it\s+any\s+wonder)\b/iu;
/** Quotation marks pair up; a quote left open runs to the end of the sentence, one closed runs from its start. */
const quoteSpans =
  /“[^”]*(?:”|$)|^[^“]*”|"[^"]*(?:"|$)|‘[^’]*’(?![\p{L}])|(?<![\p{L}])'(?=\p{L})[^']*'(?![\p{L}])/gu;

interface Masked {
  text: string;
  /** Short quoted terms in the writer's voice ("the “woke” left"): scare quotes. */
  scare: string[];
  /** The sentence ends a quotation opened in an earlier sentence. */
  continued: boolean;
}
const continuedQuote = /^.*[.!?…,][”’"']/su;
/** A single quotation mark that opens a quotation: before a letter, after none. */
const singleOpening = /(?<![\p{L}])['‘](?=\p{L})/u;
/** A short lower-case term in quotation marks may be a scare quote. */
const scareTerm = /^\p{Ll}[\p{L}\s-]*$/u;
/** An exclamation mark with words after it: an exclamation in the middle of the sentence. */
const midExclamation = /!(?=.*\p{L})/su;

function maskQuotes(text: string): Masked {
  const scare: string[] = [];
  if (!/["“”‘']/.test(text)) return { text, scare, continued: false };
  // A quotation that runs on from the sentence before: it closes here and never opened ("… it.'").
  const close = continuedQuote.exec(text);
  if (close) {
    const mark = text[close.index + close[0].length - 1] as string;
    const opener = mark === '”' ? '“' : mark === '’' ? '‘' : mark;
    const before = text.slice(0, close.index + close[0].length - 1);
    const opened = opener === "'" || opener === '’' ? singleOpening.test(before) : before.includes(opener);
    if (!opened) {
      const upto = close.index + close[0].length;
      return { text: ' '.repeat(upto) + text.slice(upto), scare, continued: true };
    }
  }
  quoteSpans.lastIndex = 0;
  const masked = text.replace(quoteSpans, (m) => {
    const inner = m.slice(1, -1).trim();
    if (scareTerm.test(inner) && inner.split(/\s+/).length <= 3) scare.push(inner);
    return ' '.repeat(m.length);
  });
  return { text: masked, scare, continued: false };
}

/**
 * Whether `selfReference` may match. Each of its alternatives needs the sentence to open with one of its
 * words ("this" or "in this" before one of the nouns it lists, "see", "read", "please", "also",
 * "special", "thanks") or to have one of `placeWords` in it after white space ("we thank" has "thank"). The
 * expression has the `i` flag, which folds ASCII letters only, and ends those words with `\b`: a word of
 * ASCII letters is the word itself, which the word index marks; a word with other letters ("belowé":
 * "é" is no `\w`) only needs to start with it.
 */
function mayReferToItself(words: Words, places: PhraseTrie): boolean {
  const text = words.text;
  let j = asciiLettersEnd(text, 0);
  let afterThis = firstWordIs(text, j, 'this');
  if (firstWordIs(text, j, 'in')) {
    const k = spaceEnd(text, j);
    if (k > j && asciiLettersEnd(text, k) === k + 4 && startsWithAscii(text, k, 'this')) {
      afterThis = true;
      j = k + 4;
    }
  }
  if (afterThis) {
    const k = spaceEnd(text, j);
    if (k > j && selfReferenceNouns.has(text.slice(k, asciiLettersEnd(text, k)).toLowerCase())) return true;
  } else {
    for (const word of selfReferenceOpeners) if (firstWordIs(text, j, word)) return true;
  }
  if (!places.absentFrom(words)) return true;
  if ((words.allKinds & OTHER) === 0) return false;
  for (let k = 0; k < words.count; k++) {
    if (((words.kinds[k] as number) & OTHER) === 0) continue;
    const s = words.start[k] as number;
    if (placeWords.some((w) => startsWithAscii(text, s, w))) return true;
  }
  return false;
}
/** Opening words that let `selfReference` match with what follows them. */
const selfReferenceOpeners = ['see', 'read', 'please', 'also', 'special', 'thanks'];
/** Words of `selfReference` that may come anywhere after white space ("thank" after "we" or "i"). */
const placeWords = ['thank', 'below', 'section', 'sections', 'feature', 'features', 'column', 'columns'];
/** The words that may follow "this" in a self-reference ("this week's", "this article"). */
const selfReferenceNouns = new Set([
  'week',
  'month',
  'year',
  'special',
  'newsletter',
  'article',
  'post',
  'story',
  'issue',
  'edition',
  'section',
  'guide',
  'report',
  'page',
  'piece',
  'series',
  'roundup',
  'update',
]);

/** Whether the first word of `text`, ending at `end`, is the lower-case ASCII `word` in any case. */
function firstWordIs(text: string, end: number, word: string): boolean {
  return end === word.length && startsWithAscii(text, 0, word);
}

/** Whether `text` has the lower-case ASCII `word` at `i`, ASCII letters in any case. */
function startsWithAscii(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** End of the run of ASCII letters from `i`. */
function asciiLettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  return j;
}

/** End of the run of white space from `i`. */
function spaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Whether the sentence ends with ":" and white space only (`/:\s*$/`). */
function endsWithColon(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 && text.charCodeAt(k) === 58;
}

/** Whether the sentence ends with "?" before closing quotes, brackets and white space. */
function endsWithQuestion(text: string): boolean {
  let k = text.length - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!(isSpace(c) || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93)) break;
  }
  return k >= 0 && text.charCodeAt(k) === 63;
}

/** Why a reported fact needs a source, one reason per kind of detail; `calendar` when it names a date. */
function claimReasons(
  words: Words,
  claims: ClaimLists,
  input: ClassifyInput,
  quoted: boolean,
): { reasons: string[]; calendar: boolean } {
  const reasons: string[] = [];
  if (input.attributed) reasons.push('claim: attributed statement');
  if (quoted) reasons.push('claim: quote');
  const number = findNumber(words, claims);
  if (number) reasons.push(`claim: number "${number}"`);
  const calendarDate = findDate(words, claims);
  const date = calendarDate ?? findTime(words, claims);
  if (date) reasons.push(`claim: date/time "${date}"`);
  const name = findName(words);
  if (name) reasons.push(`claim: named actor "${name}"`);
  const comparison = findComparison(words, claims);
  if (comparison) reasons.push(`claim: comparison "${comparison.toLowerCase()}"`);
  const event = findEvent(words, claims);
  if (event) reasons.push(`claim: event "${event}"`);
  return { reasons, calendar: calendarDate !== undefined };
}

function describe(hit: CueHit): string {
  return `"${hit.cue}" (${hit.label})`;
}

/** A half-weight framing cue found by a pattern (future tense, degree "so") at `[at, end)`. */
function framingHit(text: string, [at, end]: readonly [number, number], label: string): CueHit {
  return { cue: normalizeCue(text.slice(at, end)), label, weight: 0.5, framing: true, index: at, end };
}

/** Analysis cues in the writer's own words (quotations masked), strongest first, with their total weight. */
function analysisCues(
  lex: Lexicon,
  claimWords: Words,
  masked: Masked,
  options: ClassifyOptions,
  dated: boolean,
): { hits: CueHit[]; score: number; judging: number } {
  const text = masked.text.replace(/[\u2018\u2019]/g, "'");
  // Without quotations or curly apostrophes the words are those the claim finders saw.
  const words = text === claimWords.text ? claimWords : rewritten(claimWords, text, analysisWords);
  const found: CueHit[] = [];
  // Future and conditional in the writer's voice: a forecast or a promise unless a date makes it a schedule.
  const future = dated ? undefined : findFuture(words);
  if (future) found.push(framingHit(text, future, 'future'));
  for (const matcher of lex.analysis) matcher.find(words, found);
  // "so bold", "so sudden": degree "so" before an adjective (not "so that", "so far", "so the …").
  const degree = findSoAdjective(text);
  if (degree) found.push(framingHit(text, degree, 'intensifier'));
  const bang = text.indexOf('!') < 0 ? -1 : text.search(midExclamation);
  if (bang >= 0) found.push({ cue: '!', label: 'exclamation', weight: 1, index: bang, end: bang + 1 });
  // "I don't want", "we strongly support", "I really believe": the speaker's own stance, not a report;
  // "I think", "we know" say how sure the speaker is of what follows: they frame, they do not judge.
  const stance = findFirstPersonStance(words);
  if (stance) {
    const { start, end } = stance;
    const cue = normalizeCue(text.slice(start, end));
    const hit: CueHit = { cue, label: 'personal opinion', weight: 1, index: start, end };
    if (stance.framing) hit.framing = true;
    found.push(hit);
  }
  if (options.analysisCues && options.analysisCues.length > 0)
    configMatcher(options.analysisCues).find(words, found);
  const imperative = imperativeEnd(text, lex.imperativeOpeners);
  if (imperative >= 0) {
    const cue = normalizeCue(text.slice(0, imperative)).replace(/^[\s"'“‘(]+/, '');
    const hit: CueHit = { cue, label: 'imperative', weight: 1, index: 0, end: 0 };
    const parts = cue.split(/[\s,]+/);
    const last = parts.slice(-2).join(' ');
    if (lex.framingOpeners.has(last) || lex.framingOpeners.has(parts[parts.length - 1] ?? ''))
      hit.framing = true;
    found.push(hit);
  }
  for (const term of masked.scare)
    found.push({ cue: `“${term}”`, label: 'scare quotes', weight: 0.5, framing: true, index: -1, end: -1 });
  if (found.length === 0) return { hits: found, score: 0, judging: 0 };
  const seen = new Set<string>();
  const hits: CueHit[] = [];
  let score = 0;
  let judging = 0;
  // Longer cues first, so a cue inside another ("likely" in "will likely") does not count twice.
  found.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  for (const hit of found) {
    const key = normalizeCue(hit.cue);
    if (seen.has(key) || hits.some((h) => h.index <= hit.index && hit.end <= h.end && h.end > h.index))
      continue;
    seen.add(key);
    hits.push(hit);
    score += hit.weight;
    if (!hit.framing) judging += hit.weight;
  }
  return { hits: hits.filter((h) => h.weight > 0), score, judging };
}

/** Decides whether a sentence reports fact, gives the writer's analysis, or is neither, and whether it is a claim. */
export function classifySentence(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const text = input.text.trim();
  if (input.blockType === 'heading') return { kind: 'other', claim: false, reasons: ['other: heading'] };
  const lex = lexiconOf();
  if (lex.boilerplate.open(text)) return { kind: 'other', claim: false, reasons: ['other: boilerplate'] };
  const sentence = wordsOf(text, lex.index, sentenceWords);
  if (mayReferToItself(sentence, lex.places) && selfReference.test(text)) {
    return { kind: 'other', claim: false, reasons: ['other: the article describing itself (navigation)'] };
  }
  if (endsWithColon(text))
    return { kind: 'other', claim: false, reasons: ['other: introduces what follows (ends with ":")'] };
  if (!looksEnglish(text, sentence))
    return { kind: 'other', claim: false, reasons: ['other: not English (cannot be judged)'] };
  const words = countWords(sentence, MIN_WORDS);
  if (words < MIN_WORDS)
    return { kind: 'other', claim: false, reasons: [`other: too short (${words} words)`] };

  const masked = maskQuotes(text);
  const { reasons: claims, calendar } = claimReasons(
    sentence,
    lex.claims,
    input,
    input.quoted || masked.continued,
  );
  const dated = claims.some((r) => r.startsWith('claim: date/time'));
  const hard = dated || claims.some((r) => r.startsWith('claim: number'));
  const { hits, score, judging } = analysisCues(lex, sentence, masked, options, dated);
  const cueList = hits.map(describe);

  if (input.attributed) {
    const kindReason =
      hits.length > 0 ? `fact: attributed (reported opinion: ${cueList.join(', ')})` : 'fact: attributed';
    return { kind: 'fact', claim: true, reasons: [kindReason, ...claims] };
  }
  if (endsWithQuestion(text)) {
    if (score >= ANALYSIS_THRESHOLD || rhetoricalStart.test(text)) {
      return {
        kind: 'analysis',
        claim: false,
        reasons: ['analysis: rhetorical question', ...analysisReasons(cueList)],
      };
    }
    return { kind: 'other', claim: false, reasons: ['other: question'] };
  }
  if (/!$/.test(masked.text.trimEnd())) {
    return {
      kind: 'analysis',
      claim: false,
      reasons: ['analysis: exclamation', ...analysisReasons(cueList)],
    };
  }
  // A number or a date with only framing cues ("I think we have 20 million unemployed", "just 3%"): the
  // framing says how sure the speaker is, the detail is still there to check.
  // Only a measure or a calendar date: "today", "since" and "recently" open opinion pieces as easily.
  const measured = claims.some((r) => r.startsWith('claim: number')) || calendar;
  if (score >= ANALYSIS_THRESHOLD && !(measured && judging < ANALYSIS_THRESHOLD))
    return { kind: 'analysis', claim: false, reasons: analysisReasons(cueList) };
  // Nothing a reader could check, or one thin detail: with a stance cue it is the writer's view.
  if (score > 0 && !hard && claims.length <= 1) {
    const why = claims.length === 0 ? 'nothing checkable' : 'little checkable detail';
    return { kind: 'analysis', claim: false, reasons: [...analysisReasons(cueList), `analysis: ${why}`] };
  }
  if (claims.length === 0) {
    return {
      kind: 'other',
      claim: false,
      reasons: ['other: nothing checkable (no name, number, date or event)'],
    };
  }
  const reasons = ['fact: statement', ...claims];
  if (score >= ANALYSIS_THRESHOLD)
    reasons.push(`fact: checkable detail outweighs framing (${cueList.join(', ')})`);
  else if (hits.length > 0) reasons.push(`fact: analysis cues below threshold (${cueList.join(', ')})`);
  return { kind: 'fact', claim: true, reasons };
}

function analysisReasons(cues: readonly string[]): string[] {
  return cues.map((c) => `analysis: ${c}`);
}
