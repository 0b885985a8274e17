import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleParagraphs, articlePath, ensureCorpus, generateArticle, mulberry32 } from './generate.mjs';

const sample = Array.from({ length: 60 }, (_, i) => generateArticle(i));

describe('bench article generator', () => {
  it('gives the same article for the same index and seed, every time', () => {
    expect(generateArticle(7)).toBe(generateArticle(7));
    expect(generateArticle(7, 99)).toBe(generateArticle(7, 99));
    expect(generateArticle(7, 99)).not.toBe(generateArticle(7));
    expect(generateArticle(8)).not.toBe(generateArticle(7));
  });

  it('draws the same sequence from the same PRNG seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('writes articles of about 5 KB on average', () => {
    const mean = sample.reduce((n, text) => n + text.length, 0) / sample.length;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(6500);
  });

  it('uses every citation and structure shape somewhere in a sample', () => {
    const all = sample.join('\n');
    const shapes: Array<[string, RegExp]> = [
      ['front matter', /^---\ntitle: /m],
      ['ATX heading', /^## \w/m],
      ['setext heading', /^.+\n[-=]{3,}$/m],
      ['[1]', /\w \[\d\]\./],
      ['[1, 2]', /\[\d, \d\]/],
      ['[1-3]', /\[1-\d\]/],
      ['[^a] and its definition', /\[\^\d+\]: /],
      ['<sup>', /<sup>\d<\/sup>/],
      ['outlet credit', /\[\((Reuters|AP|AFP|Bloomberg|BBC News|The Guardian|Al Jazeera|NPR)\)\]\(https:/],
      ['reference-style link', /\]\[[a-z-]+\d+\]/],
      ['attributed quote', /," said [A-Z]\w+ [A-Z]\w+, /],
      ['anonymous source', /(sources|officials|people) [^.]*said/i],
      ['sources section', /^## Sources\n\n1\. /m],
      ['table', /^\| --- \|/m],
      ['list', /^- \w/m],
    ];
    for (const [name, pattern] of shapes) expect(pattern.test(all), name).toBe(true);
  });

  it('pastes some ledes twice, the second time without markers', () => {
    const pasted = sample.filter((text) => {
      const [lede] = articleParagraphs(text);
      if (!lede) return false;
      const bare = lede.text.replace(/ ?(\[[^\]]*\]|<sup>[^<]*<\/sup>)/g, '');
      return articleParagraphs(text).some((p, i) => i > 0 && p.text === bare);
    });
    expect(pasted.length).toBeGreaterThan(0);
    expect(pasted.length).toBeLessThan(sample.length);
  });
});

describe('ensureCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the articles once and reuses them when the generator version matches', () => {
    const first = ensureCorpus(dir, 3);
    expect(first.reused).toBe(false);
    expect(readFileSync(join(dir, articlePath(2)), 'utf8')).toBe(generateArticle(2));
    const second = ensureCorpus(dir, 3);
    expect(second).toEqual({ ...first, reused: true });
  });

  it('regenerates when the marker names another version', () => {
    ensureCorpus(dir, 2);
    writeFileSync(join(dir, '.generator.json'), JSON.stringify({ version: -1, seed: 0, count: 2 }));
    expect(ensureCorpus(dir, 2).reused).toBe(false);
  });
});
