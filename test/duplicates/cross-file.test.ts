import { describe, expect, it } from 'vitest';
import { CrossFileIndex, type CrossParagraphInput } from '../../src/duplicates/cross-file.ts';

const lede =
  'NATO Secretary-General Mark Rutte arrived in Washington, D.C., on Tuesday for high-level talks with U.S. officials on troop levels in Europe and the alliance budget for next year [1, 2].';
const other =
  'The port authority approved a two-year plan to dredge the northern channel, a project that local fishing crews have opposed since the first survey in 2019.';
const third =
  'Turnout in the regional election reached 61 percent, the highest since 1998, as voters lined up for hours outside schools and community halls across the province.';

function para(text: string, line = 1, citations: string[] = []): CrossParagraphInput {
  return { text, line, column: 1, citations };
}

describe('CrossFileIndex', () => {
  it('reports an exact copy in another file with similarity 1 and both places', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(other, 3)]);
    index.add('b.md', [para(third, 1), para(other, 7)]);
    const results = index.results();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      copy: { file: 'b.md', line: 7, column: 1 },
      original: { file: 'a.md', line: 3, column: 1 },
      similarity: 1,
      exact: true,
    });
  });

  it('reports a near copy with one word changed', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(lede, 1, ['1', '2'])]);
    index.add('b.md', [para(lede.replace('Tuesday', 'Wednesday'), 5, ['1', '2'])]);
    const [result, ...rest] = index.results();
    expect(rest).toHaveLength(0);
    expect(result?.exact).toBe(false);
    expect(result?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(result?.similarity).toBeLessThan(1);
    expect(result?.copy).toMatchObject({ file: 'b.md', line: 5 });
  });

  it('does not pair unrelated paragraphs', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(lede), para(other, 3)]);
    index.add('b.md', [para(third)]);
    expect(index.results()).toEqual([]);
  });

  it('says which citations the copy lost and which it added', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(lede, 1, ['1', '2'])]);
    index.add('b.md', [para(lede.replace(' [1, 2]', ' [^a]'), 9, ['^a'])]);
    const [result] = index.results();
    expect(result?.exact).toBe(true);
    expect(result?.lostCitations).toEqual(['1', '2']);
    expect(result?.addedCitations).toEqual(['^a']);
    expect(result?.original.citations).toEqual(['1', '2']);
  });

  it('ignores paragraphs under the length floor, and the floor is configurable', () => {
    const boilerplate = 'Follow us on social media for more updates from the newsroom.';
    const strict = new CrossFileIndex();
    strict.add('a.md', [para(boilerplate)]);
    strict.add('b.md', [para(boilerplate)]);
    expect(strict.results()).toEqual([]);
    expect(strict.stats().short).toBe(2);

    const loose = new CrossFileIndex({ minWords: 5 });
    loose.add('a.md', [para(boilerplate)]);
    loose.add('b.md', [para(boilerplate)]);
    expect(loose.results()).toHaveLength(1);
  });

  it('leaves copies inside one file to the in-article rule', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(other, 1), para(other, 9)]);
    expect(index.results()).toEqual([]);
  });

  it('points every later copy at the earliest copy in another file', () => {
    const index = new CrossFileIndex();
    index.add('a.md', [para(other, 2)]);
    index.add('b.md', [para(other, 4)]);
    index.add('c.md', [para(other.replace('approved', 'rejected'), 6)]);
    const results = index.results();
    expect(results.map((r) => [r.copy.file, r.original.file])).toEqual([
      ['b.md', 'a.md'],
      ['c.md', 'a.md'],
    ]);
  });

  it('follows a configured threshold: a looser one pairs a paragraph with a changed clause', () => {
    const changed = other.replace(
      'a project that local fishing crews have opposed',
      'which trawler owners fought',
    );
    const strict = new CrossFileIndex({ threshold: 0.9 });
    const loose = new CrossFileIndex({ threshold: 0.4 });
    for (const index of [strict, loose]) {
      index.add('a.md', [para(other)]);
      index.add('b.md', [para(changed)]);
    }
    expect(strict.results()).toEqual([]);
    expect(loose.results()).toHaveLength(1);
  });

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => new CrossFileIndex({ threshold: 0 })).toThrow(/threshold/);
    expect(() => new CrossFileIndex({ threshold: 1.5 })).toThrow(/threshold/);
  });

  it('is deterministic: the same additions give the same results', () => {
    const run = () => {
      const index = new CrossFileIndex();
      const variants = [lede, other, third].flatMap((text) => [
        text,
        text.replace(/\b(the|a)\b/, 'one'),
        text.replace(/,/g, ''),
      ]);
      variants.forEach((text, i) => {
        index.add(`f${i % 4}.md`, [para(text, i + 1)]);
      });
      return index.results();
    };
    const first = run();
    expect(first.length).toBeGreaterThan(0);
    expect(run()).toEqual(first);
  });

  it('finds planted copies among many unrelated paragraphs', () => {
    const index = new CrossFileIndex();
    const filler = (i: number) =>
      `Report ${i} notes that the committee number ${i * 7} met in hall ${i % 13} with ${i * 3} members and ${i + 11} guests to review item ${i * 5} of the agenda.`;
    for (let f = 0; f < 50; f++) {
      const paragraphs = Array.from({ length: 10 }, (_, i) => para(filler(f * 10 + i), i + 1));
      if (f === 10) paragraphs.push(para(other, 99));
      if (f === 40) paragraphs.push(para(other.replace('two-year', 'three-year'), 99));
      index.add(`f${f}.md`, paragraphs);
    }
    const results = index.results();
    expect(results.map((r) => [r.copy.file, r.original.file])).toEqual([['f40.md', 'f10.md']]);
  });
});
