import { describe, expect, it } from 'vitest';
import { abbreviationKind, isDotted } from '../../src/segment/abbreviations.ts';
import { joinedPieces } from '../random.ts';

/** The specification `isDotted` stands in for. */
const dotted = /^(?:\p{L}{1,3}\.){2,}$/u;

describe('dotted initials', () => {
  it('finds what the expression finds', () => {
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
    for (const token of joinedPieces(20000, 20261128, { pieces: parts, separators: [''], maxPieces: 6 })) {
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
