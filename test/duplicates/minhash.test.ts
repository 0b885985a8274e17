import { describe, expect, it } from 'vitest';
import {
  candidateProbability,
  chooseBanding,
  estimateJaccard,
  exactJaccard,
  minhashSignature,
  normalizeParagraph,
  ParagraphHasher,
  SIGNATURE_SIZE,
  shingleHashes,
  stripMarkers,
  words,
} from '../../src/duplicates/minhash.ts';

const lede =
  'NATO Secretary-General Mark Rutte arrived in Washington, D.C., on Tuesday for high-level talks with U.S. officials.';

describe('normalizeParagraph', () => {
  it('drops numeric citation markers in every shape', () => {
    const plain = normalizeParagraph(lede);
    expect(normalizeParagraph(`${lede.slice(0, -1)} [1, 2].`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)} [1].`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)} [1-3].`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)} [1–3].`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)}[1][2].`)).toBe(plain);
  });

  it('drops footnote references, <sup> markers and superscript digits', () => {
    const plain = normalizeParagraph(lede);
    expect(normalizeParagraph(`${lede.slice(0, -1)}[^a].`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)}<sup><a href="#fn1">[1]</a></sup>.`)).toBe(plain);
    expect(normalizeParagraph(`${lede.slice(0, -1)}¹².`)).toBe(plain);
  });

  it('lower-cases, strips punctuation and collapses white space', () => {
    expect(normalizeParagraph('  The  U.S.\n"troop" cuts — don’t   stop!  ')).toBe(
      'the u s troop cuts dont stop',
    );
  });

  it('keeps link text and drops link destinations and bare URLs', () => {
    expect(
      normalizeParagraph('The [audit](https://example.org/a "Audit") found gaps, see https://x.org/y.'),
    ).toBe('the audit found gaps see');
    expect(normalizeParagraph('[The audit][audit-1] found gaps.')).toBe('the audit found gaps');
    expect(normalizeParagraph('Talks resumed [(Reuters)](https://reuters.com/x).')).toBe(
      'talks resumed reuters',
    );
  });

  it('keeps letters and digits of other scripts', () => {
    expect(normalizeParagraph('Zürich, ÉCOLE; Δήμος 2024 東京')).toBe('zürich école δήμος 2024 東京');
  });

  it('leaves a bracketed word that is not a citation', () => {
    expect(stripMarkers('He said [sic] it was over [1].')).toBe('He said [sic] it was over  .');
  });
});

describe('shingles and signatures', () => {
  it('hashes word order: the same words in another order give other shingles', () => {
    const a = shingleHashes(['a', 'b', 'c']);
    const b = shingleHashes(['c', 'b', 'a']);
    expect(a.length).toBe(1);
    expect(a[0]).not.toBe(b[0]);
  });

  it('gives one shingle of all words for a text shorter than the shingle size, none for no words', () => {
    expect(shingleHashes(['only', 'two']).length).toBe(1);
    expect(shingleHashes([]).length).toBe(0);
    expect(words('')).toEqual([]);
  });

  it('is deterministic: the same text gives the same signature every time', () => {
    const shingles = shingleHashes(words(normalizeParagraph(lede)));
    expect(Array.from(minhashSignature(shingles))).toEqual(Array.from(minhashSignature(shingles)));
    expect(minhashSignature(shingles).length).toBe(SIGNATURE_SIZE);
  });

  it('estimates Jaccard similarity within a few hundredths on average', () => {
    // Sets of 60 hashes sharing a growing part: the estimate must follow the exact value.
    let totalError = 0;
    const trials = 40;
    for (let t = 0; t < trials; t++) {
      const list = Array.from({ length: 60 }, (_, i) => `w${t}-${i}`);
      const other = list.map((w, i) => (i < 20 + t ? w : `x${t}-${i}`));
      const a = shingleHashes(list, 1);
      const b = shingleHashes(other, 1);
      totalError += Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exactJaccard(a, b));
    }
    expect(totalError / trials).toBeLessThan(0.05);
  });
});

describe('ParagraphHasher', () => {
  const samples = [
    lede,
    'Diplomatic sources said the visit is a response to the shift [2]. “We’re ready,” said Jane Doe.',
    'The [audit](https://example.org) found <em>gaps</em> in 2024¹ — see www.example.org/report.',
    'Zürich und München: Straße, ÉCOLE; Δήμος 東京 😀 done',
  ];

  it('finds the words of normalizeParagraph and the shingles of shingleHashes', () => {
    const hasher = new ParagraphHasher();
    for (const text of samples) {
      const list = words(normalizeParagraph(text));
      expect(hasher.scan(text)).toBe(list.length);
      expect(Array.from(hasher.shingles(3))).toEqual(Array.from(shingleHashes(list, 3)));
    }
  });

  it('gives copies that differ only in markers, case and punctuation the same content hash', () => {
    const hasher = new ParagraphHasher();
    hasher.scan(`${lede.slice(0, -1)} [1, 2].`);
    const first = hasher.contentHash;
    hasher.scan(lede.toUpperCase().replace(/,/g, ''));
    expect(hasher.contentHash).toBe(first);
    hasher.scan(lede.replace('Tuesday', 'Wednesday'));
    expect(hasher.contentHash).not.toBe(first);
  });
});

describe('banding', () => {
  it('chooses 20 bands of 6 rows for the 0.8 threshold', () => {
    expect(chooseBanding(0.8)).toEqual({ bands: 20, rows: 6 });
  });

  it('makes pairs at the threshold candidates at least 99% of the time, for any threshold', () => {
    for (const threshold of [0.5, 0.7, 0.8, 0.85, 0.9, 0.95]) {
      const banding = chooseBanding(threshold);
      expect(banding.bands * banding.rows).toBe(SIGNATURE_SIZE);
      expect(candidateProbability(threshold, banding)).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('rarely makes unrelated pairs candidates at the 0.8 threshold', () => {
    expect(candidateProbability(0.3, chooseBanding(0.8))).toBeLessThan(0.02);
  });
});
