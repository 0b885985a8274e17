import { classAt, LETTER } from './chars.ts';

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

/** False when the sentence is clearly in another language. */
export function looksEnglish(text: string): boolean {
  if (foreignScript.test(text)) return false;
  // Words as `\p{L}+(?:['’]\p{L}+)*` finds them in the lower-cased text, counted in one pass.
  const t = text.toLowerCase();
  const n = t.length;
  let words = 0;
  let hits = 0;
  let accented = 0;
  let i = 0;
  while (i < n) {
    if ((classAt(t, i) & LETTER) === 0) {
      i++;
      continue;
    }
    const start = i;
    let firstEnd = -1;
    let apostrophes = 0;
    let ascii = true;
    for (;;) {
      while (i < n && (classAt(t, i) & LETTER) !== 0) {
        const c = t.charCodeAt(i);
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
    if (head >= 0 && head - start <= longestFunctionWord && functionWords.has(t.slice(start, head))) hits++;
    // Letters outside ASCII: rare in English (a "café", a "José"), common in Czech, German, French…
    else if (!ascii) accented++;
  }
  if (words < 6) return true;
  const share = hits / words;
  return share >= 0.08 && !(accented / words >= 0.15 && share < 0.25);
}
