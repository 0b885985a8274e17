import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const firstHand = (text: string) =>
  analyze(text, { format: 'markdown' }).sentences.map((s) =>
    s.reasons.includes('attributed: first-hand account of the writer'),
  );

describe("the writer's first-hand account", () => {
  it.each([
    [
      'a past tense of a verb that is excluded in the present ("wanted")',
      'I wanted to learn about the team in 2016.',
    ],
    ['an adverb such as "also" before the verb', 'We also trimmed the content by 40 percent.'],
    ['a leading conjunction ("So we scaled back")', 'So we scaled back the text on 12 pages.'],
  ])('counts %s', (_name, text) => {
    expect(firstHand(text)).toEqual([true]);
  });

  it('does not count a hope or a wish in the present', () => {
    expect(firstHand('We want to serve 5,000 children in Mississippi.')).toEqual([false]);
  });
});
