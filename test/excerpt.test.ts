import { describe, expect, it } from 'vitest';
import { excerpt } from '../src/excerpt.ts';

describe('excerpt', () => {
  it('collapses white space and closes up spaces left by hidden markup', () => {
    expect(excerpt('the “ encasement strategy ” ,\n  and ( see below ) .')).toBe(
      'the “encasement strategy”, and (see below).',
    );
  });

  it('cuts long text on a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(60);
    const cut = excerpt(text, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/ …$/);
  });
});
