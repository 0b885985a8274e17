import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/segment/index.ts';
import type { EvalRow } from './types.ts';

/** One labelled case of a sentence-boundary data set (`dev.jsonl`). */
interface SbdCase {
  id: string;
  input: string;
  expected: string[];
  expected_are_substrings?: boolean;
}

const DATASETS = ['sbd-golden-rules-en', 'sbd-pragmatic-en-spec'];

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The baseline: Intl.Segmenter alone, segments trimmed, empty ones dropped. */
function intlOnly(text: string): string[] {
  return [...SEGMENTER.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

/**
 * The baseline's segments are slices of the input, so they compare after collapsing white space (a
 * sentence wrapped over two lines keeps its line break, where the expected text has a space). Ours
 * compare as they are: `text` is already the display form.
 */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function same(got: string[], expected: string[], norm: (s: string) => string): boolean {
  return got.length === expected.length && got.every((g, i) => norm(g) === norm(expected[i] as string));
}

function readCases(file: string): SbdCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SbdCase);
}

const pct = (k: number, n: number) => (n === 0 ? 0 : k / n);

/**
 * Scores `splitSentences` on the sentence-boundary sets under `dataDir` (exact list match per case)
 * against Intl.Segmenter alone, and writes per-case results to `test/eval/out/sbd-<dataset>.jsonl`.
 */
export async function evalSbd(dataDir: string, outDir = join('test', 'eval', 'out')): Promise<EvalRow[]> {
  mkdirSync(outDir, { recursive: true });
  const rows: EvalRow[] = [];
  for (const dataset of DATASETS) {
    const cases = readCases(join(dataDir, dataset, 'dev.jsonl'));
    let ok = 0;
    let intl = 0;
    let subset = 0;
    let subsetOk = 0;
    const lines: string[] = [];
    for (const c of cases) {
      const got = splitSentences(c.input).map((s) => s.text);
      const pass = same(got, c.expected, (s) => s.trim());
      if (pass) ok++;
      if (same(intlOnly(c.input), c.expected, collapse)) intl++;
      if (c.expected_are_substrings !== false) {
        subset++;
        if (pass) subsetOk++;
      }
      lines.push(JSON.stringify({ id: c.id, ok: pass, expected: c.expected, got }));
    }
    writeFileSync(join(outDir, `sbd-${dataset}.jsonl`), `${lines.join('\n')}\n`);
    rows.push({
      dataset,
      metric: 'exact sentence-list match (display text, trimmed)',
      n: cases.length,
      ours: pct(ok, cases.length),
      baselines: { 'Intl.Segmenter': pct(intl, cases.length) },
      note: `${ok}/${cases.length}; cases needing no text cleaning ${subsetOk}/${subset}`,
    });
  }
  return rows;
}
