import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalJudgments } from './judgments.ts';
import type { EvalRow } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dataDir = resolve(process.argv[2] ?? join(repo, '../shared/eval'));
const corpusDir = resolve(process.argv[3] ?? join(dataDir, '../corpus'));
const outDir = join(here, 'out');

if (!existsSync(dataDir)) {
  process.stderr.write(
    `eval: data folder not found: ${dataDir}\nUsage: npm run eval -- [data folder] [corpus folder] (defaults ../shared/eval and ../shared/corpus beside the repository)\n`,
  );
  process.exit(2);
}

/** A part of the evaluation: it returns its rows. Add further sections (a corpus audit, …) to `sections`. */
type Section = { name: string; run: (dataDir: string, outDir: string) => EvalRow[] | Promise<EvalRow[]> };

const sections: Section[] = [
  {
    name: 'sentence splitting',
    run: async (dir) => {
      const { evalSbd } = (await import('./sbd.ts')) as {
        evalSbd: (d: string) => EvalRow[] | Promise<EvalRow[]>;
      };
      return evalSbd(dir);
    },
  },
  { name: 'judgments', run: evalJudgments },
  {
    name: 'corpus audit',
    run: async (_dir, out) => {
      const { evalCorpus } = await import('./corpus.ts');
      return evalCorpus(corpusDir, out);
    },
  },
];

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');

function table(rows: readonly EvalRow[]): string {
  const cells = rows.map((r) => [
    r.dataset,
    r.metric,
    String(r.n),
    fmt(r.ours),
    Object.entries(r.baselines)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join('; '),
    r.note ?? '',
  ]);
  const head = ['dataset', 'metric', 'n', 'ours', 'baselines', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i === 2 || i === 3 ? x.padStart(widths[i] as number) : x.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const rows: EvalRow[] = [];
const started = performance.now();
for (const section of sections) {
  try {
    rows.push(...(await section.run(dataDir, outDir)));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push({
      dataset: section.name,
      metric: '-',
      n: 0,
      ours: Number.NaN,
      baselines: {},
      note: `failed: ${message}`,
    });
  }
}
process.stdout.write(`${table(rows)}\n`);
process.stdout.write(
  `\nper-item results: ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
