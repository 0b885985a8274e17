import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Counts, constant, count, f1, macroF1 } from './metrics.ts';
import { type Judged, judge } from './pipeline.ts';
import type { EvalRow } from './types.ts';

interface Item {
  id: string;
  text: string;
  label: string;
  factual?: boolean;
}

interface Scored {
  item: Item;
  gold: boolean;
  predicted: boolean;
  sentences: Judged[];
}

function readJsonl(path: string): Item[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

/** Writes per-item results so the errors can be read: id, label, predicted, reasons, text. */
function writeItems(
  outDir: string,
  name: string,
  scored: readonly Scored[],
  positive: string,
  negative: string,
) {
  mkdirSync(outDir, { recursive: true });
  const lines = scored.map((s) =>
    JSON.stringify({
      id: s.item.id,
      label: s.item.label,
      predicted: s.predicted ? positive : negative,
      error: s.gold !== s.predicted,
      reasons: s.sentences.map((j) => `${j.kind}${j.claim ? '+claim' : ''}: ${j.reasons.join('; ')}`),
      text: s.item.text,
    }),
  );
  writeFileSync(join(outDir, `${name}.jsonl`), `${lines.join('\n')}\n`);
}

function score(
  items: readonly Item[],
  gold: (i: Item) => boolean,
  predict: (j: Judged[]) => boolean,
): Scored[] {
  return items.map((item) => {
    const sentences = judge(item.text);
    return { item, gold: gold(item), predicted: predict(sentences), sentences };
  });
}

const counts = (scored: readonly Scored[]): Counts => count(scored);
const pr = (c: Counts) =>
  `P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)}`;

/** Analysis vs. reported fact: CheckThat! 2025 subjectivity (SUBJ = analysis). */
function subjectivity(dataDir: string, outDir: string): EvalRow[] {
  const dir = join(dataDir, 'subjectivity-checkthat2025-en');
  const dataset = 'subjectivity-checkthat2025-en';
  const isAnalysis = (j: Judged[]) => j.some((s) => s.kind === 'analysis');
  const parts: Array<{ name: string; files: string[]; published?: Record<string, number> }> = [
    { name: 'dev_test', files: ['dev_test.jsonl'], published: { 'organisers MiniLM+LR': 0.63 } },
    { name: 'train+dev', files: ['train.jsonl', 'dev.jsonl'] },
  ];
  return parts.map(({ name, files, published }) => {
    const items = files.flatMap((f) => readJsonl(join(dir, f)));
    const scored = score(items, (i) => i.label === 'SUBJ', isAnalysis);
    writeItems(outDir, `subjectivity-${name}`, scored, 'SUBJ', 'OBJ');
    const c = counts(scored);
    const golds = scored.map((s) => s.gold);
    return {
      dataset,
      metric: `macro-F1 SUBJ/OBJ, ${name}`,
      n: items.length,
      ours: macroF1(c),
      baselines: { 'majority OBJ': macroF1(constant(golds, false)), ...published },
      note: `SUBJ ${pr(c)} F1 ${f1(c).toFixed(3)}`,
    };
  });
}

/** States a fact (kind fact) vs. not: ClaimBuster NFS vs. UFS/CFS. */
function claimbuster(dataDir: string, outDir: string): EvalRow[] {
  const items = readJsonl(join(dataDir, 'claimbuster-factual-en', 'dev.jsonl'));
  const scored = score(
    items,
    (i) => i.factual === true,
    (j) => j.some((s) => s.kind === 'fact'),
  );
  writeItems(outDir, 'claimbuster-dev', scored, 'factual', 'NFS');
  const c = counts(scored);
  const golds = scored.map((s) => s.gold);
  return [
    {
      dataset: 'claimbuster-factual-en',
      metric: 'F1 factual (kind fact), dev',
      n: items.length,
      ours: f1(c),
      baselines: { 'always factual': f1(constant(golds, true)) },
      note: pr(c),
    },
  ];
}

/** Check-worthy claims: CheckThat! 2024 Task 1, F1 of "Yes" for `claim: true`. */
function checkworthy(dataDir: string, outDir: string): EvalRow[] {
  const dir = join(dataDir, 'checkworthy-ct24-en');
  const parts: Array<{ name: string; published?: Record<string, number> }> = [
    { name: 'dev_test', published: { 'organisers n-gram': 0.599 } },
    { name: 'dev' },
    { name: 'train' },
  ];
  return parts.map(({ name, published }) => {
    const items = readJsonl(join(dir, `${name}.jsonl`));
    const scored = score(
      items,
      (i) => i.label === 'Yes',
      (j) => j.some((s) => s.claim),
    );
    writeItems(outDir, `checkworthy-${name}`, scored, 'Yes', 'No');
    const c = counts(scored);
    const golds = scored.map((s) => s.gold);
    return {
      dataset: 'checkworthy-ct24-en',
      metric: `F1 Yes (claim), ${name}`,
      n: items.length,
      ours: f1(c),
      baselines: { 'always Yes': f1(constant(golds, true)), ...published },
      note: pr(c),
    };
  });
}

/** The judgment rows (kind and claim) over the data sets found in `dataDir`. */
export function evalJudgments(dataDir: string, outDir: string): EvalRow[] {
  const rows: EvalRow[] = [];
  const sets: Array<[string, (d: string, o: string) => EvalRow[]]> = [
    ['subjectivity-checkthat2025-en', subjectivity],
    ['claimbuster-factual-en', claimbuster],
    ['checkworthy-ct24-en', checkworthy],
  ];
  for (const [folder, run] of sets) {
    if (existsSync(join(dataDir, folder))) rows.push(...run(dataDir, outDir));
    else
      rows.push({
        dataset: folder,
        metric: '-',
        n: 0,
        ours: Number.NaN,
        baselines: {},
        note: 'folder missing',
      });
  }
  return rows;
}
