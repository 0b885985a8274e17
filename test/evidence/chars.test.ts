import { describe, expect, it } from 'vitest';
import {
  charClass,
  classAt,
  classBefore,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  SPACE,
  UPPER,
  WordSet,
  widthAt,
} from '../../src/evidence/chars.ts';

const classes: Array<[number, RegExp]> = [
  [LETTER, /\p{L}/u],
  [NUMBER, /\p{N}/u],
  [MARK, /\p{M}/u],
  [UPPER, /\p{Lu}/u],
  [LOWER, /\p{Ll}/u],
  [SPACE, /\s/u],
];

describe('charClass', () => {
  it('agrees with the Unicode property classes of regular expressions', () => {
    const samples = [
      ..."aZ09 \t\n.'’-&_ÉéßİıΣσςЖж٣²Ⅻǅʰ\u0301\u00a0\u2003\u3000\ufeff😀",
      '𝐀',
      '𝐚',
      '\ud800',
      '\udc00',
    ];
    for (const ch of samples) {
      const cp = ch.codePointAt(0) as number;
      for (const [bit, pattern] of classes) {
        expect({ ch, bit, set: (charClass(cp) & bit) !== 0 }).toEqual({ ch, bit, set: pattern.test(ch) });
      }
    }
  });

  it('agrees with them on every character of Latin-1, general punctuation and currency signs', () => {
    const ranges: Array<[number, number]> = [
      [0, 0xff],
      [0x2000, 0x20cf],
      [0x2100, 0x2bff],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        let want = 0;
        for (const [bit, pattern] of classes) if (pattern.test(ch)) want |= bit;
        expect({ cp, bits: charClass(cp) }).toEqual({ cp, bits: want });
      }
    }
  });

  it('reads a surrogate pair as one character, forwards and backwards', () => {
    const text = 'a𝐀b';
    expect(classAt(text, 1)).toBe(LETTER | UPPER);
    expect(widthAt(text, 1)).toBe(2);
    expect(classBefore(text, 3)).toBe(LETTER | UPPER);
    expect(classBefore(text, 0)).toBe(0);
    expect(classAt(text, 4)).toBe(0);
  });
});

describe('WordSet', () => {
  it('finds a word given whole or as a range of a longer text, and nothing else', () => {
    const words = new WordSet(['said', 'según', 'x']);
    expect(words.has('said')).toBe(true);
    expect(words.has('sai')).toBe(false);
    expect(words.has('says')).toBe(false);
    expect(words.hasRange('he said so', 3, 7)).toBe(true);
    expect(words.hasRange('he said so', 3, 6)).toBe(false);
    expect(words.has('según')).toBe(true);
    expect(words.hasRange('a x b', 2, 3)).toBe(true);
  });

  it('finds words longer than 31 characters and words that start beyond ASCII', () => {
    const long = 'a'.repeat(40);
    const words = new WordSet([long, 'über']);
    expect(words.has(long)).toBe(true);
    expect(words.has('a'.repeat(39))).toBe(false);
    expect(words.has('über')).toBe(true);
  });
});
