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

/** False when the sentence is clearly in another language. */
export function looksEnglish(text: string): boolean {
  if (foreignScript.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu);
  if (!words || words.length < 6) return true;
  let hits = 0;
  let accented = 0;
  for (const w of words) {
    // "we've", "that's", "don't": the contraction counts as its first word.
    if (functionWords.has(w) || functionWords.has(w.replace(/['’]\p{L}+$/u, ''))) hits++;
    // Letters outside ASCII: rare in English (a "café", a "José"), common in Czech, German, French…
    else if (/[^\p{ASCII}]/u.test(w)) accented++;
  }
  const share = hits / words.length;
  return share >= 0.08 && !(accented / words.length >= 0.15 && share < 0.25);
}
