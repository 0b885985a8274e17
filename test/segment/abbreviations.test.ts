import { describe, expect, it } from 'vitest';
import { abbreviationKind, isDotted } from '../../src/segment/abbreviations.ts';

/** The specification `isDotted` stands in for. */
const dotted = /^(?:\p{L}{1,3}\.){2,}$/u;

describe('dotted initials', () => {
  it('finds what the expression finds', () => {
    let seed = 20261128;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const parts = [
      'U',
      'S',
      'Ph',
      'D',
      'abc',
      'abcd',
      'é',
      'Ω',
      '𝒶',
      '\ud835',
      '\udcb6',
      '3',
      '-',
      "'",
      '.',
      '..',
      '',
    ];
    for (let n = 0; n < 20000; n++) {
      let token = '';
      const length = 1 + Math.floor(next() * 6);
      for (let k = 0; k < length; k++) token += parts[Math.floor(next() * parts.length)] as string;
      expect([token, isDotted(token)]).toEqual([token, dotted.test(token)]);
    }
  });

  it('reads initials as acronyms and leaves other tokens alone', () => {
    expect(abbreviationKind('U.S.')).toBe('acronym');
    expect(abbreviationKind('Ph.D.')).toBe('acronym');
    expect(abbreviationKind('𝒶.é.')).toBe('acronym');
    expect(abbreviationKind('U.S')).toBeUndefined();
    expect(abbreviationKind('ABCD.E.')).toBeUndefined();
    expect(abbreviationKind('3.4.')).toBeUndefined();
  });
});
