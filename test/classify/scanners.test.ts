// The word scanners of the classifier stand in for regular expressions; each must find exactly what its
// expression finds. The expressions below are the specification, checked on generated sentences made of
// tricky pieces (folded letters, surrogate pairs, apostrophes, hyphens, odd white space).
import { describe, expect, it } from 'vitest';
import { classAt, LETTER, NUMBER } from '../../src/classify/chars.ts';
import {
  claimLists,
  findComparison,
  findDate,
  findEvent,
  findName,
  findNumber,
  findTime,
  infinitiveBefore as infinitiveScan,
  stativeBefore as stativeScan,
} from '../../src/classify/claims.ts';
import {
  type CueHit,
  compileCues,
  countWords,
  escapeRegExp,
  type MatcherOptions,
  normalizeCue,
  PhraseTrie,
  phraseRegExp,
  rewritten,
  safePhrase,
  WordIndex,
  Words,
  wordsOf,
} from '../../src/classify/cues.ts';
import { looksEnglish } from '../../src/classify/language.ts';
import {
  comparisons,
  irregularPast,
  months,
  notEvents,
  numberWords,
  openers,
  tensWords,
  timeWords,
  unitWords,
  weekdays,
} from '../../src/classify/lexicon/claims.ts';
import { evaluativeNouns } from '../../src/classify/lexicon/evaluative.ts';
import { boilerplateOpenings } from '../../src/classify/lexicon/other.ts';
import { imperativeOpeners, neutralPhrases, stanceAdverbs } from '../../src/classify/lexicon/stance.ts';
import type { Cue } from '../../src/classify/lexicon/types.ts';
import {
  findFirstPersonStance,
  findFuture,
  findSoAdjective,
  imperativeEnd,
  isPunctuation,
  Openings,
} from '../../src/classify/patterns.ts';
import { joinedPieces } from '../random.ts';

const index = new WordIndex();
const lists = claimLists(index);
const split = (text: string) => wordsOf(text, index, new Words());

const hyphenNumber = `(?<![\\p{L}\\p{N}'-])(?:${tensWords.join('|')})-(?:${unitWords.join('|')})(?![\\p{L}\\p{N}])`;
const numberRe = new RegExp(
  `[$£€¥]\\s?\\d|(?<![\\p{L}])\\d[\\d,.]*\\s?(?:%|percent|per cent)?|${hyphenNumber}|${phraseRegExp(numberWords).source}`,
  'iu',
);
const dateRe = new RegExp(
  `${phraseRegExp([...months, ...weekdays], true).source}|(?<![\\p{L}\\p{N}])(?:1[5-9]|20)\\d\\d(?:s)?(?![\\p{L}\\p{N}])|\\bMay\\s+\\d|\\b(?:in|on|since|by|until|last|next|early|late|mid-)\\s+May\\b`,
  'u',
);
const timeRe = phraseRegExp(timeWords);
const comparisonRe = phraseRegExp(comparisons);
const firstMatch = (re: RegExp, text: string) => re.exec(text)?.[0].trim();

const pastRe = /(?<![\p{L}'-])[a-z]+ed(?![\p{L}-])/gu;
const irregularPastRe = new RegExp(phraseRegExp(irregularPast, true).source, 'gu');
const infinitiveBefore = /(?<![\p{L}'’])(?:to|can|could|will|would|shall|should|must|may|might|be)\s+$/u;
const stativeBefore =
  /(?:(?<![\p{L}])(?:am|is|are|be|being|feel|feels|seem|seems|get|gets)|['’](?:m|re|s))\s+(?:\p{L}+ly\s+)?$/u;
const notEvent = new Set(notEvents.map((w) => w.toLowerCase()));
function eventByExpression(text: string): string | undefined {
  pastRe.lastIndex = 0;
  for (let m = pastRe.exec(text); m !== null; m = pastRe.exec(text)) {
    if (notEvent.has(m[0]) || stativeBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    return m[0];
  }
  irregularPastRe.lastIndex = 0;
  for (let m = irregularPastRe.exec(text); m !== null; m = irregularPastRe.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (infinitiveBefore.test(before) || stativeBefore.test(before)) continue;
    return m[0];
  }
  return undefined;
}

const capitalRun =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|de|von|van|al|bin|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*/gu;
const notName = new Set(
  [...openers, ...months.map((m) => m.replace(/\.$/, '')), ...weekdays].map((w) => w.toLowerCase()),
);
const acronym = /^\p{Lu}[\p{Lu}.&-]*\p{Lu}\.?$/u;
const verbAfterName =
  /^\s+(?:(?:has|had|have|is|was|were|are|will|would|can|could|did|does|do|says|said|told|also|never|still|then|now)\b|\p{Ll}+ed\b)/u;
const demonym = /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i)$/u;
const addressLead = /^[\s"'“‘(]*(?:(?:and|but|well|now|so|look|yes|no|oh|again)[\s,]+)*$/iu;
const addressFollow =
  /^\s*,\s*(?:(?:I|we|you|he|she|they|it|that|this|there|let|let's|uh|um)(?![\p{L}])|I['’]|we['’]|you['’]|that['’]|it['’]|there['’])/u;
const titleOnly =
  /^(?:Mr|Mrs|Ms|Dr|Sir|Madam|President|Senator|Governor|Congressman|Congresswoman|Judge|General)\.?$/;
function nameByExpression(text: string): string | undefined {
  const lead = text.length - text.trimStart().length;
  capitalRun.lastIndex = 0;
  for (let m = capitalRun.exec(text); m !== null; m = capitalRun.exec(text)) {
    const words = m[0].split(/\s+/);
    const atStart = m.index === lead || /^[\s"'“‘(]*$/.test(text.slice(0, m.index));
    while (words.length > 0) {
      const w = (words[0] as string).replace(/['’](?:s|ve|re|ll|d|m)$/, '').replace(/[.'’]+$/, '');
      const skip =
        /^I(?:['’](?:m|ve|d|ll))?$/.test(w) ||
        ((atStart || words.length === 1) && notName.has(w.toLowerCase()));
      if (!skip) break;
      words.shift();
    }
    if (words.length === 0) continue;
    const after = text.slice(m.index + m[0].length);
    const name = words.join(' ');
    if (words.length === 1 && !acronym.test(name)) {
      if (atStart && m[0] === name && !verbAfterName.test(after)) continue;
      if (demonym.test(name) && /^\s+\p{Ll}/u.test(after)) continue;
    }
    if (/,\s*$/.test(text.slice(0, m.index)) && /^[\s.!?"”’]*$/.test(after)) continue;
    if (addressLead.test(text.slice(0, m.index)) && addressFollow.test(after)) continue;
    if (titleOnly.test(name)) continue;
    return name.replace(/(?<![.\p{Lu}][\p{Lu}])[,.;:]+$/u, '');
  }
  return undefined;
}

/** The hits of a cue class as one alternation over its phrases finds them. */
function cueHitsByExpression(cues: readonly Cue[], options: MatcherOptions, text: string): string[] {
  const byPhrase = new Map<string, Cue>();
  for (const c of cues) if (!byPhrase.has(normalizeCue(c.cue))) byPhrase.set(normalizeCue(c.cue), c);
  const body = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}'-])(?:${body})${options.plural ? '(?:e?s)?' : ''}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]|'[\\p{L}])`,
    options.caseSensitive ? 'gu' : 'giu',
  );
  const hits: string[] = [];
  for (const m of text.matchAll(re)) {
    const key = normalizeCue(m[0]);
    const entry =
      byPhrase.get(key) ??
      (options.plural
        ? (byPhrase.get(key.replace(/s$/, '')) ?? byPhrase.get(key.replace(/es$/, '')))
        : undefined);
    if (entry) hits.push(`${entry.cue}@${m.index}-${m.index + m[0].length}`);
  }
  return hits;
}

const cueClasses: Array<[string, readonly Cue[], MatcherOptions]> = [
  ['stance', stanceAdverbs, { framing: true }],
  ['neutral', neutralPhrases, {}],
  ['evaluative nouns', evaluativeNouns, { caseSensitive: true, plural: true }],
];

const pieces = [
  'clearly',
  'Clearly',
  'CLEARLY',
  'of course',
  'of  course',
  'of-course',
  'ſimply',
  'simply',
  'merely',
  "only'",
  'only-child',
  "can't",
  'just',
  'a great deal',
  'a good  deal',
  'right now',
  'needless to say',
  'fran\u212aly',
  'ſadly',
  'ſince',
  'last wee\u212a',
  '\u212bsa',
  'ſix-ſeven',
  'twenty-ſix',
  'fake news',
  'fake newses',
  'Fake news',
  'mainstream  media',
  'virtue signallings',
  'the establishments',
  'disaster',
  'disasters',
  'Disaster',
  'messes',
  'mess-up',
  "mess'",
  'farces',
  'fiascoes',
  'shames',
  'ſhame',
  'the',
  'The',
  'a',
  'of',
  'in',
  'on',
  'to',
  'and',
  'we',
  'I',
  "I'm",
  'it',
  'is',
  'was',
  'be',
  'to be',
  'twenty',
  'twenty-five',
  'Twenty-Five',
  'twenty-fives',
  'thirty-',
  'ſix',
  'ſeven',
  'SIX',
  'dozens',
  'per cent',
  'per  cent',
  'percent',
  'PerCent',
  'half',
  'quarter',
  '5',
  '5%',
  '5 %',
  '12.5',
  '1,200',
  '3.5percent',
  'ab123',
  'x-5',
  '$5',
  '$ 5',
  '£',
  '€12',
  '¥',
  '$',
  'May',
  'May 5',
  'in May',
  'mid- May',
  'since May',
  'within May',
  'Mayor',
  'March',
  'Sept.',
  'Jan',
  'Monday',
  'monday',
  '1990s',
  '1990sx',
  '1499',
  '2019',
  '20199',
  '٣',
  'yesterday',
  'last week',
  'last  week',
  'a.m.',
  'p.m',
  'ago',
  'Ago',
  'more than',
  'More Than',
  'up to',
  'at least',
  'largest',
  'rose',
  'fell-',
  'grew',
  'first',
  'reported',
  'Reported',
  'aged',
  '3aged',
  'aged5',
  'so-called',
  'is tasked',
  "I'm prepared",
  'feel confused',
  'really surprised',
  'did not',
  "didn't",
  'didn’t',
  'said',
  'to set',
  'can hit',
  'went',
  'won',
  'Won',
  "don't",
  "rock'n'roll",
  'we’ve',
  "that's",
  'café',
  'Café',
  'naïve',
  'İstanbul',
  'e\u0301',
  '😀',
  '𝐀pple',
  'Ǆemal',
  'Ωmega',
  'Kelvin',
  'Åsa',
  'U.S.',
  'U.S.,',
  'D.C.:',
  'NATO.,',
  'Smith,.',
  'A.',
  'AB..',
  'A&-B',
  '𝐀𝐁',
  'ÉU',
  'wanted',
  'wantedé',
  'ed',
  'U.N.',
  'Mr.',
  'Mr. Smith',
  'Dr',
  'Bank of England',
  'Ursula von der Leyen',
  'Iranian',
  'Chinese',
  'Israeli',
  'British',
  'Iranians',
  'Ai',
  'Dan',
  'Bish',
  'Rese',
  'Élan',
  'American people',
  'Rutte',
  'NATO',
  'EU',
  'Ltd.',
  'AT&T',
  'O’Brien',
  "O'Neill's",
  'Jim,',
  ', Jim.',
  'But, George,',
  'Thank you',
  'Taxes',
  'Officials',
  'Brussels',
  'der',
  'die',
  'und',
  'nicht',
  'для',
  'в',
  'мы',
  '中国',
  '政府',
  'é',
  '—',
  '…',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '(',
  ')',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '-',
  '–',
  '&',
  '_',
  'x_May',
  '\u00a0',
  '\t',
  '\u2003',
];
const separators = [' ', ' ', ' ', '  ', '\t', '\u00a0', '-', "'", '’', ', ', '. ', '', '\n'];

const generated = joinedPieces(4000, 20261127, { pieces, separators, maxPieces: 12 });

describe('word scanners find what the expressions they stand for find', () => {
  it('phrase characters the trie compares as the expression does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const printable = c >= 32 && c < 127;
      const latinLetter = c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7 && c !== 0xdf;
      expect([c, safePhrase.test(`a${String.fromCharCode(c)}b`)]).toEqual([c, printable || latinLetter]);
    }
  });

  it('the context before a past form: an infinitive, a state', () => {
    const parts = [
      ...'is am are be being feel feels seem seems get gets this Is'.split(' '),
      ...'to can could will would shall should must may might tobe mighty'.split(' '),
      ...["I'm", 'I’m', "we're", 'we’re', "it's", 'it’s', "'s", 're', 'm'],
      ...['ly', 'really', 'Really', 'fully', 'ály', '𝒶ly', 'x𝒶', '𝒶', 'é', '3', '-', '.', "'", '’'],
      ...['slowly-ish', 'a-ly'],
    ];
    const gaps = [' ', '  ', '\t', '\u00a0', '\u2009', '', '-', "'", '’', '3'];
    const windows = joinedPieces(20000, 20261128, {
      pieces: parts,
      separators: gaps,
      maxPieces: 4,
      trailing: true,
    });
    for (const generatedText of windows) {
      // The window the classifier passes: up to 24 code units, which may cut a surrogate pair.
      const text = generatedText.slice(Math.max(0, generatedText.length - 24));
      expect([text, infinitiveScan(text)]).toEqual([text, infinitiveBefore.test(text)]);
      expect([text, stativeScan(text)]).toEqual([text, stativeBefore.test(text)]);
    }
  });

  it('numbers', () => {
    for (const text of generated)
      expect([text, findNumber(split(text), lists)]).toEqual([text, firstMatch(numberRe, text)]);
  });

  it('calendar dates, then relative times', () => {
    for (const text of generated) {
      const words = split(text);
      expect([text, findDate(words, lists)]).toEqual([text, firstMatch(dateRe, text)]);
      expect([text, findTime(words, lists)]).toEqual([text, firstMatch(timeRe, text)]);
    }
  });

  it('comparisons', () => {
    for (const text of generated)
      expect([text, findComparison(split(text), lists)]).toEqual([text, firstMatch(comparisonRe, text)]);
  });

  it('events', () => {
    for (const text of generated)
      expect([text, findEvent(split(text), lists)]).toEqual([text, eventByExpression(text)]);
  });

  it('names', () => {
    for (const text of generated)
      expect([text, findName(split(text))]).toEqual([text, nameByExpression(text)]);
  });

  it('word counts', () => {
    for (const text of generated)
      expect([text, countWords(split(text))]).toEqual([
        text,
        text.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)?.length ?? 0,
      ]);
  });

  it.each(cueClasses)('cue class %s', (label, cues, options) => {
    const matcher = compileCues(label, cues, options);
    for (const text of generated) {
      const out: CueHit[] = [];
      matcher.find(split(text), out);
      expect([text, out.map((h) => `${h.cue}@${h.index}-${h.end}`)]).toEqual([
        text,
        cueHitsByExpression(cues, options, text),
      ]);
    }
  });

  it('words of a text with quotations blanked and apostrophes straightened, from the words of the text', () => {
    const fields = (w: Words) => [
      w.text,
      w.count,
      w.all,
      w.allKinds,
      w.ascii,
      ...(['start', 'end', 'mask', 'kinds', 'hash'] as const).map((f) => [...w[f].subarray(0, w.count)]),
    ];
    for (const text of generated) {
      const rewrittenText = text
        .replace(/“[^”]*”|"[^"]*"|\(\S*\)/g, (m) => ' '.repeat(m.length))
        .replace(/[\u2018\u2019]/g, "'");
      const fresh = wordsOf(rewrittenText, index, new Words());
      expect(fields(rewritten(split(text), rewrittenText, new Words()))).toEqual(fields(fresh));
    }
  });

  it('the language check from the words and from the text', () => {
    for (const text of generated)
      expect([text, looksEnglish(text, split(text))]).toEqual([text, looksEnglish(text)]);
  });
});

describe('word scanners on the cases that shaped them', () => {
  it('reads a hyphenated spelled-out number, a folded long s included, and a tens word before a lone hyphen', () => {
    expect(findNumber(split('They hired twenty-five people'), lists)).toBe('twenty-five');
    expect(findNumber(split('They hired ſix people'), lists)).toBe('ſix');
    expect(findNumber(split('thirty- people came'), lists)).toBe('thirty');
  });

  it('takes a digit after a digit inside a word, not after a letter', () => {
    expect(findNumber(split('model ab123 sold'), lists)).toBe('23');
    expect(findNumber(split('up 5 percent'), lists)).toBe('5 percent');
  });

  it('reads "May" as the month only before a day or after a preposition', () => {
    expect(findDate(split('The vote in May was close'), lists)).toBe('in May');
    expect(findDate(split('May 5 is the day'), lists)).toBe('May 5');
    expect(findDate(split('Mayor Smith may go'), lists)).toBeUndefined();
  });

  it('finds a past form after a digit inside a word', () => {
    expect(findEvent(split('the 3aged wine'), lists)).toBe('aged');
  });
});

const futureRe = /(?<![\p{L}'’])(?:will|won['’]t|shall|going to|gonna)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
const soAdjectiveRe =
  /(?<![\p{L}])so\s+(?!(?:that|far|much|many|long|the|a|an|on|as|it|its|i|we|he|she|they|you|this|to|too|do|did|does|is|was|are|were|will|would|can|could|should|must|called|forth|in|of|for|and|or|if)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}'’-])/u;
const stanceRe =
  /(?<![\p{L}'])(?:i|we)(?:\s+(?:do|don't|do not|did not|didn't|really|certainly|also|just|strongly|still|truly|simply|personally|firmly|would|'d))*\s+(?:think|believe|want|feel|hope|intend|plan|propose|support|oppose|favor|favour|prefer|like|urge|know|understand|agree|disagree|doubt|suspect|wish|trust|expect|reckon|guess|suppose|regret|fear|worry|care|love|hate|adore|admire|applaud|welcome|appreciate)(?![\p{L}])/iu;
const epistemicRe = /(?:think|believe|know|understand|suspect|guess|suppose|reckon|expect|doubt)$/iu;
const imperativeRe = new RegExp(
  `^[\\s"'“‘(]*(?:(?:and|but|so|now|well|then|please|just)[\\s,]+)*${phraseRegExp(imperativeOpeners.map((c) => c.cue)).source}`,
  'iu',
);
const boilerplateRe = new RegExp(`^[\\s\\p{P}]*(?:${boilerplateOpenings.map(escapeRegExp).join('|')})`, 'iu');

/** Pieces of the fixed analysis patterns, with the same traps as `pieces`. */
const patternPieces = [
  'will',
  'WILL',
  'wiLL',
  'willing',
  'will5',
  '5will',
  "won't",
  'won’t',
  'won',
  "won't've",
  'shall',
  'ſhall',
  'going to',
  'going  to',
  'going tomorrow',
  'gonna',
  "'ll",
  '’ll',
  "we'll",
  "'LL",
  "'ll5",
  "'llama",
  'so',
  'So',
  'so bold',
  'so  sudden',
  'so far',
  'so farther',
  'so thatcher',
  'so the',
  'so bé',
  'so naïve',
  'so ab',
  "so bold's",
  'so bold-',
  'so boldX',
  'so 𝐚𝐛𝐜',
  'also',
  'I',
  'i',
  'we',
  'We',
  'WE',
  '2i',
  '3we',
  "I'd",
  "'d",
  'do',
  "don't",
  'do not',
  'did not',
  "didn't",
  'really',
  'strongly',
  'would',
  'think',
  'thinks',
  'thin\u212a',
  'believe',
  'favour',
  'favor',
  'like',
  'likely',
  'doubt',
  'know',
  'appreciate',
  'consider',
  'Consider',
  'look',
  'look at',
  'look  at',
  'let',
  'let me',
  'let meat',
  'don’t',
  'make no mistake',
  'take',
  'go-',
  'go-ahead',
  'and',
  'And',
  'but',
  'now',
  'well',
  'please',
  'just',
  'juſt',
  'read more',
  'READ MORE',
  'related:',
  'photo by',
  'editor’s note',
  "editor's note",
  '©',
  'thanks',
  'thank you',
  'subscribers',
  '—',
  '“',
  '"',
  "'",
  '‘',
  '(',
  '*',
  '¡',
  '$',
  '·',
  '5',
  'the',
  'The',
  'é',
  '\u00a0',
  '\t',
];
const patternSeparators = [' ', ' ', ' ', '  ', '\t', '\u00a0', '-', "'", '’', ', ', ',', '. ', '', '\n'];

/** The pieces of a first-person stance, so that generated sentences hold many. */
const stancePieces = [
  'I',
  'i',
  'we',
  'We',
  '2i',
  "I'd",
  "'d",
  'do',
  "don't",
  'do not',
  'do  not',
  'did not',
  "didn't",
  'didn’t',
  'really',
  'strongly',
  'would',
  'think',
  'thinks',
  'thin\u212a',
  'believe',
  'favour',
  'like',
  'likely',
  'doubt',
  'know',
  'appreciate',
  'ſuppose',
  'the',
  'é',
];

describe('pattern scanners find what the expressions they stand for find', () => {
  const texts = joinedPieces(6000, 20261128, {
    pieces: patternPieces,
    separators: patternSeparators,
    maxPieces: 8,
  });
  const span = (m: RegExpExecArray | null) => (m ? [m.index, m.index + m[0].length] : undefined);

  it('the future', () => {
    for (const text of texts)
      expect([text, findFuture(split(text))]).toEqual([text, span(futureRe.exec(text))]);
  });

  it('degree "so" before an adjective', () => {
    for (const text of texts)
      expect([text, findSoAdjective(text)]).toEqual([text, span(soAdjectiveRe.exec(text))]);
  });

  it('first-person stance, and whether its verb frames', () => {
    for (const text of [
      ...texts,
      ...joinedPieces(6000, 20261129, { pieces: stancePieces, separators: patternSeparators, maxPieces: 8 }),
    ]) {
      const m = stanceRe.exec(text);
      const want = m
        ? { start: m.index, end: m.index + m[0].length, framing: epistemicRe.test(m[0]) }
        : undefined;
      expect([text, findFirstPersonStance(split(text))]).toEqual([text, want]);
    }
  });

  it('an order opening the sentence', () => {
    const openers = new PhraseTrie(
      imperativeOpeners.map((c) => c.cue),
      false,
      'phrase',
      false,
    );
    for (const text of texts) {
      const m = imperativeRe.exec(text);
      expect([text, imperativeEnd(text, openers)]).toEqual([text, m ? m[0].length : -1]);
    }
  });

  it('boilerplate openings', () => {
    const openings = new Openings(boilerplateOpenings);
    for (const text of texts) expect([text, openings.open(text)]).toEqual([text, boilerplateRe.test(text)]);
  });

  it('letters and numbers, for every code unit outside the surrogates', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const want = (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
      if (classAt(ch, 0) !== want) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('punctuation marks, for every code unit outside the surrogates', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isPunctuation(c) !== /\p{P}/u.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
