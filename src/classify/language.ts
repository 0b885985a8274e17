import { classAt, LETTER, NUMBER } from './chars.ts';
import { OTHER, type Words } from './cues.ts';

/**
 * The commonest English function words. A sentence of six words or more with almost none of them is
 * not English, and the English cue lists cannot judge it.
 */
const functionWords = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'and',
  'is',
  'are',
  'was',
  'were',
  'for',
  'on',
  'with',
  'that',
  'this',
  'it',
  'by',
  'as',
  'at',
  'from',
  'be',
  'has',
  'have',
  'had',
  'not',
  'or',
  'which',
  'its',
  'their',
  'will',
  'can',
  'but',
  'we',
  'they',
  'he',
  'she',
  'you',
  'i',
  'our',
  'his',
  'her',
  'been',
  'also',
  'more',
  'my',
  'me',
  'your',
  'him',
  'them',
  'us',
  'there',
  'what',
  'who',
  'if',
  'so',
  'no',
  'all',
  'do',
  'does',
  'did',
  'would',
  'should',
  'about',
  'than',
  'some',
  'any',
  'up',
  'out',
  'just',
  'now',
  'let',
  'very',
]);

// Scripts with no spaces between words or far from Latin: any run of them means the text is not English.
const foreignScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Hebrew}]{2}/u;

/** Whether the code unit is an apostrophe that may join the parts of a word ("don't", "we’ve"). */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Function words have at most this many letters: longer words need no look-up. */
const longestFunctionWord = Math.max(...[...functionWords].map((w) => w.length));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/**
 * The function words by a hash of their letters, in an open-addressing table (slot → index + 1), so that a
 * word of the sentence is looked up without cutting it out of the text.
 */
const functionWordList = [...functionWords];
const functionWordSlots = new Uint8Array(512);
for (let k = 0; k < functionWordList.length; k++) {
  let slot = hashOf(functionWordList[k] as string, 0, (functionWordList[k] as string).length) & 511;
  while (functionWordSlots[slot] !== 0) slot = (slot + 1) & 511;
  functionWordSlots[slot] = k + 1;
}

function hashOf(t: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Whether `t[start, end)` is a function word. */
function isFunctionWord(t: string, start: number, end: number): boolean {
  for (let slot = hashOf(t, start, end) & 511; ; slot = (slot + 1) & 511) {
    const k = functionWordSlots[slot] as number;
    if (k === 0) return false;
    const word = functionWordList[k - 1] as string;
    if (word.length === end - start && t.startsWith(word, start)) return true;
  }
}

/** Code units from Cyrillic up, but for general punctuation: the foreign scripts are all among them. */
const fromCyrillic = /[\u0400-\u1fff\u2070-\uffff]/;

/**
 * Whether `text[start, end)`, ASCII letters, is a function word in any case. `hash` is its hash as
 * `wordsOf` keeps it when it is a whole word there, else -1.
 */
function isFunctionWordFolded(text: string, start: number, end: number, hash: number): boolean {
  let h = hash;
  if (h < 0) {
    h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), FNV_PRIME);
  }
  for (let slot = h & 511; ; slot = (slot + 1) & 511) {
    const k = functionWordSlots[slot] as number;
    if (k === 0) return false;
    const word = functionWordList[k - 1] as string;
    if (word.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < word.length && same; i++)
      same = (text.charCodeAt(start + i) | 32) === word.charCodeAt(i);
    if (same) return true;
  }
}

/** Whether the code unit `c` at `i` starts a letter (ASCII tested inline). */
function letterAt(t: string, i: number, c: number): boolean {
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : (classAt(t, i) & LETTER) !== 0;
}

/**
 * False when the sentence is clearly in another language. Given the sentence's `words` with only ASCII
 * letters and digits in them, counts from those; else from the text.
 */
export function looksEnglish(text: string, runs?: Words): boolean {
  if (fromCyrillic.test(text) && foreignScript.test(text)) return false;
  if (runs !== undefined && (runs.allKinds & OTHER) === 0) return countFromWords(runs);
  // Words as `\p{L}+(?:['’]\p{L}+)*` finds them in the lower-cased text, counted in one pass.
  const t = text.toLowerCase();
  const n = t.length;
  let words = 0;
  let hits = 0;
  let accented = 0;
  let i = 0;
  while (i < n) {
    if (!letterAt(t, i, t.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let firstEnd = -1;
    let apostrophes = 0;
    let ascii = true;
    for (;;) {
      while (i < n) {
        const c = t.charCodeAt(i);
        if (!letterAt(t, i, c)) break;
        if (c > 127) ascii = false;
        i += c >= 0xd800 && c <= 0xdbff && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
      if (i + 1 < n && isApostrophe(t.charCodeAt(i)) && (classAt(t, i + 1) & LETTER) !== 0) {
        if (firstEnd < 0) firstEnd = i;
        apostrophes++;
        if (t.charCodeAt(i) > 127) ascii = false;
        i++;
        continue;
      }
      break;
    }
    words++;
    // "we've", "that's", "don't": the contraction counts as its first word.
    const head = apostrophes === 0 ? i : apostrophes === 1 ? firstEnd : -1;
    if (head >= 0 && head - start <= longestFunctionWord && isFunctionWord(t, start, head)) hits++;
    // Letters outside ASCII: rare in English (a "café", a "José"), common in Czech, German, French…
    else if (!ascii) accented++;
  }
  return judge(words, hits, accented);
}

/** At least 6 words, with too few function words or too many accented ones: not English. */
function judge(words: number, hits: number, accented: number): boolean {
  if (words < 6) return true;
  const share = hits / words;
  return share >= 0.08 && !(accented / words >= 0.15 && share < 0.25);
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The count of `looksEnglish` from the runs of ASCII letters and digits: the runs of letters in them,
 * joined by an apostrophe between two runs ("don't", "we’ve"); lower-casing changes no position here.
 */
function countFromWords(w: Words): boolean {
  const text = w.text;
  counts.words = 0;
  counts.hits = 0;
  counts.accented = 0;
  // The word being read: where it starts, where its first part ends, its apostrophes, its last end.
  let start = -1;
  let firstEnd = -1;
  let apostrophes = 0;
  let ascii = true;
  let end = -1;
  let joins = false;
  // The hash of the word's first part when that part is a whole word of `w`, else -1.
  let headHash = -1;
  // In an ASCII text without digits no word is accented and each word left adds at most one word: once
  // the function words are 8% of all the words there can be, the sentence is English.
  const settles = w.ascii && (w.allKinds & NUMBER) === 0;
  for (let k = 0; k < w.count; k++) {
    if (settles && counts.hits >= 0.08 * (counts.words + 1 + w.count - k)) return true;
    const s = w.start[k] as number;
    const e = w.end[k] as number;
    const digits = ((w.kinds[k] as number) & NUMBER) !== 0;
    for (let a = s; a < e; ) {
      if (digits) {
        while (a < e && isAsciiDigit(text.charCodeAt(a))) a++;
        if (a === e) break;
      }
      let b = e;
      if (digits) {
        b = a;
        while (b < e && !isAsciiDigit(text.charCodeAt(b))) b++;
      }
      if (!(joins && a === s)) {
        if (start >= 0)
          tally(text, start, apostrophes === 0 ? end : apostrophes === 1 ? firstEnd : -1, ascii, headHash);
        start = a;
        firstEnd = -1;
        apostrophes = 0;
        ascii = true;
        headHash = a === s && b === e ? (w.hash[k] as number) : -1;
      }
      joins = false;
      end = b;
      if (b === e && k + 1 < w.count && w.start[k + 1] === e + 1) {
        const c = text.charCodeAt(e);
        const next = text.charCodeAt(e + 1) | 32;
        if ((c === 39 || c === 0x2019) && next >= 97 && next <= 122) {
          joins = true;
          apostrophes++;
          if (firstEnd < 0) firstEnd = e;
          if (c > 127) ascii = false;
        }
      }
      a = b;
    }
  }
  if (start >= 0)
    tally(text, start, apostrophes === 0 ? end : apostrophes === 1 ? firstEnd : -1, ascii, headHash);
  return judge(counts.words, counts.hits, counts.accented);
}

/** The words of one `countFromWords` call, and how many are function words or accented. */
const counts = { words: 0, hits: 0, accented: 0 };

/**
 * Counts a word into `counts`: as a function word (by its first part in a contraction: "we've",
 * "don't"), else as accented with a character outside ASCII.
 */
function tally(text: string, start: number, head: number, ascii: boolean, hash: number): void {
  counts.words++;
  if (head >= 0 && head - start <= longestFunctionWord && isFunctionWordFolded(text, start, head, hash))
    counts.hits++;
  else if (!ascii) counts.accented++;
}
