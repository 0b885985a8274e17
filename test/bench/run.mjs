// `npm run bench`: times the CLI as whole processes against floors measured in the same run.
//
//   npm run bench                         generated corpora of 1,000 and 10,000 articles
//   npm run bench -- --sizes 1000 --runs 7
//   npm run bench -- --corpus ../shared/corpus/18f-blog --corpus ../shared/corpus/digitalgov-news
//   npm run bench -- --quick              1,000 articles, 3 runs: a smoke test of the harness
//   npm run bench -- --minhash            the cross-article duplicate index on 100,000 paragraphs
//   options: --timer python|time|node, --out FILE (JSON; default test/bench/out/bench-<time>.json)
//
// Each measured command is a separate process. Runs are paired in turn (A B C, then C B A, ...) so drift
// of a shared machine falls on every command alike; the table shows medians.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listFiles } from './floors/walk.mjs';
import { articleParagraphs, ensureCorpus, GENERATOR_VERSION, generateArticle } from './generate.mjs';
import { availableTimers, measure } from './measure.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const benchDir = join(root, 'test', 'bench');
const floors = join(benchDir, 'floors');
const bin = join(root, 'bin', 'provenance.cjs');
const work = join(tmpdir(), 'provenance-bench');
const MiB = 1024 * 1024;

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    quick: { type: 'boolean', default: false },
    minhash: { type: 'boolean', default: false },
    timer: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .slice(0, 11);
  process.stdout.write(`${head.map((line) => line.replace(/^\/\/ ?/, '')).join('\n')}\n`);
  process.exit(0);
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const sizes = (opts.sizes ?? (opts.quick ? '1000' : '1000,10000')).split(',').map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n < 1) fail(`--sizes takes article counts separated by commas, not "${s}"`);
  return n;
});
const runsOption = opts.runs === undefined ? undefined : Number(opts.runs);
if (runsOption !== undefined && !(Number.isInteger(runsOption) && runsOption >= 1)) {
  fail(`--runs takes a whole number of runs of at least 1, not "${opts.runs}"`);
}
const timers = availableTimers();
const timer = opts.timer ?? timers[0];
if (!timers.includes(timer)) fail(`--timer ${timer} is not available here; available: ${timers.join(', ')}`);

mkdirSync(work, { recursive: true });
const scratch = join(work, 'scratch');
mkdirSync(scratch, { recursive: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs every command `runs` times, in turn, reversing the order every other round; returns medians.
 * A command that exits with an unexpected code is dropped from later rounds and reported as failed.
 */
function runPaired(commands, runs, label) {
  const samples = new Map(commands.map((c) => [c.name, []]));
  const failed = new Map();
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? commands : [...commands].reverse();
    for (const command of order) {
      if (failed.has(command.name)) continue;
      const stdoutFile = join(scratch, 'stdout.txt');
      const result = measure(command, { timer, scratch, stdoutFile });
      if (command.expectExit && !command.expectExit.includes(result.exitCode)) {
        const lines = result.stderr.trim().split('\n');
        failed.set(command.name, `exit ${result.exitCode}: ${lines.find((l) => l.trim() !== '') ?? ''}`);
        continue;
      }
      if (samples.get(command.name).length === 0 && command.check)
        command.check(readFileSync(stdoutFile, 'utf8'));
      samples.get(command.name).push(result);
    }
    process.stderr.write(`  ${label}: round ${round + 1}/${runs} done\n`);
  }
  return commands.map((command) => {
    const list = samples.get(command.name);
    const row = {
      command: command.name,
      argv: command.node
        ? ['node', ...command.args.map((a) => (a.startsWith(root) ? relative(root, a) : a))].slice(0, 12)
        : command.argv,
      runs: list.length,
    };
    if (failed.has(command.name)) row.failed = failed.get(command.name);
    if (list.length === 0) return { ...row, wallMs: Number.NaN, cpuMs: Number.NaN, peakRssMiB: Number.NaN };
    return {
      ...row,
      wallMs: median(list.map((s) => s.wallMs)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      userMs: median(list.map((s) => s.userMs)),
      sysMs: median(list.map((s) => s.sysMs)),
      peakRssMiB: median(list.map((s) => s.maxRssKiB / 1024)),
      maxPeakRssMiB: Math.max(...list.map((s) => s.maxRssKiB / 1024)),
      samples: list.map(({ wallMs, cpuMs, maxRssKiB }) => ({ wallMs, cpuMs, maxRssKiB })),
    };
  });
}

// --- the CLI, if it is built and answers

function cliStatus() {
  if (!existsSync(bin)) return { ok: false, why: 'bin/provenance.cjs is missing' };
  const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    return {
      ok: false,
      why: `node bin/provenance.cjs --version exited ${version.status} (run npm run build?)`,
    };
  }
  const help = spawnSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' });
  return { ok: true, version: version.stdout.trim(), jobs: /--jobs\b/.test(help.stdout ?? '') };
}

const cli = cliStatus();

function cliFileCount(stdout) {
  const parsed = JSON.parse(stdout);
  if (Array.isArray(parsed)) return parsed.length;
  if (Array.isArray(parsed.files)) return parsed.files.length;
  if (Array.isArray(parsed.results)) return parsed.results.length;
  return undefined;
}

// --- output

const results = { startup: [], corpora: [], checks: [], minhash: undefined };

function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

function verdict(ratio, limit) {
  if (ratio === undefined || Number.isNaN(ratio)) return 'n/a (not measured)';
  return ratio <= limit ? 'PASS' : 'FAIL';
}

function printTable(title, rows, corpus) {
  process.stdout.write(`\n${title}\n`);
  const header = [
    pad('command', 34),
    pad('wall ms', 9, true),
    pad('CPU ms', 9, true),
    pad('MB/s', 7, true),
    pad('ms/art.', 8, true),
    pad('RSS MiB', 8, true),
    '  ratio vs floor',
  ].join(' ');
  process.stdout.write(`${header}\n${'-'.repeat(header.length + 24)}\n`);
  for (const row of rows) {
    const mbs = corpus ? (corpus.bytes / 1e6 / (row.wallMs / 1000)).toFixed(1) : '';
    const perArticle = corpus ? (row.wallMs / corpus.files).toFixed(2) : '';
    let ratio = '';
    if (row.ratio !== undefined) {
      ratio = `${row.ratio.toFixed(2)}x ${row.ratioOf} vs ${row.floor}`;
      if (row.limit !== undefined) ratio += ` (<= ${row.limit}) ${verdict(row.ratio, row.limit)}`;
    }
    process.stdout.write(
      `${[
        pad(row.command, 34),
        pad(row.wallMs.toFixed(1), 9, true),
        pad(row.cpuMs.toFixed(1), 9, true),
        pad(mbs, 7, true),
        pad(perArticle, 8, true),
        pad(row.peakRssMiB.toFixed(1), 8, true),
        `  ${ratio}`,
      ].join(' ')}\n`,
    );
    if (row.failed) process.stdout.write(`  ^ FAILED after ${row.runs} good runs (${row.failed})\n`);
  }
}

function addRatio(rows, name, floorName, measureKey, limit, context = '') {
  const row = rows.find((r) => r.command === name);
  const floor = rows.find((r) => r.command === floorName);
  if (!row || !floor) return undefined;
  row.ratio = row[measureKey] / floor[measureKey];
  row.ratioOf = measureKey === 'wallMs' ? 'wall' : 'CPU';
  row.floor = floorName;
  if (limit !== undefined) {
    row.limit = limit;
    results.checks.push({
      check: `${context}${name}: ${row.ratioOf} vs ${floorName}`,
      ratio: row.ratio,
      limit,
      pass: row.ratio <= limit,
    });
  }
  return row.ratio;
}

// --- start-up: one article, --help, --version, rules against `node -e 0`

function benchStartup() {
  const runs = runsOption ?? (opts.quick ? 10 : 20);
  const one = join(work, 'one');
  mkdirSync(one, { recursive: true });
  const article = join(one, 'article.md');
  writeFileSync(article, generateArticle(0));
  const commands = [{ name: 'node -e 0', node: true, args: ['-e', '0'], expectExit: [0] }];
  if (cli.ok) {
    commands.push(
      {
        name: 'check one article',
        node: true,
        args: [bin, 'check', article, '--format', 'json'],
        expectExit: [0, 1],
      },
      { name: '--help', node: true, args: [bin, '--help'], expectExit: [0] },
      { name: '--version', node: true, args: [bin, '--version'], expectExit: [0] },
      { name: 'rules', node: true, args: [bin, 'rules'], expectExit: [0] },
    );
    // One unmeasured run each, from no code cache: the first short run writes it, as after an install.
    rmSync(join(root, 'node_modules', '.cache', 'fact-provenance'), { recursive: true, force: true });
    for (const command of commands)
      measure(command, { timer, scratch, stdoutFile: join(scratch, 'stdout.txt') });
  }
  const rows = runPaired(commands, runs, 'start-up');
  addRatio(rows, 'check one article', 'node -e 0', 'cpuMs', 2.0);
  for (const name of ['--help', '--version', 'rules']) addRatio(rows, name, 'node -e 0', 'cpuMs', 1.3);
  printTable(`Start-up (${runs} runs, medians)`, rows);
  results.startup = rows;
}

// --- folders: floors and the CLI

function benchCorpus(corpus) {
  const runs = runsOption ?? (opts.quick ? 3 : corpus.files >= 5000 ? 3 : 5);
  const dir = corpus.dir;
  let fileCount;
  const floorCheck = (stdout) => {
    fileCount = JSON.parse(stdout).files;
  };
  const commands = [
    {
      name: 'floor: read files',
      node: true,
      args: [join(floors, 'read.mjs'), dir],
      expectExit: [0],
      check: floorCheck,
    },
    {
      name: 'floor: remark-parse alone',
      node: true,
      args: [join(floors, 'remark.mjs'), dir],
      expectExit: [0],
    },
    {
      name: 'floor: remark + extensions',
      node: true,
      args: [join(floors, 'remark-ext.mjs'), dir],
      expectExit: [0],
    },
  ];
  let note = '';
  if (cli.ok) {
    // A CLI that cannot walk a folder yet is given the walked file list instead (and the table says so).
    let target = [dir];
    let cwd;
    const probe = spawnSync(process.execPath, [bin, 'check', dir, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1024 * MiB,
    });
    if (probe.status === 2) {
      cwd = dir;
      target = listFiles([dir]).map((f) => relative(dir, f));
      note = `the CLI could not check the folder (${probe.stderr.trim().split('\n')[0]}); it was given the ${target.length} files instead`;
    }
    const cliCheck = (stdout) => {
      const count = cliFileCount(stdout);
      if (count !== undefined && fileCount !== undefined && count !== fileCount) {
        note += `${note ? '; ' : ''}the CLI reported ${count} files, the floors walked ${fileCount}`;
      }
    };
    const jobs = cli.jobs ? ['--jobs', '1'] : [];
    commands.push({
      name: cli.jobs ? 'provenance check --jobs 1' : 'provenance check',
      node: true,
      args: [bin, 'check', ...target, '--format', 'json', ...jobs],
      cwd,
      expectExit: [0, 1],
      check: cliCheck,
    });
    if (cli.jobs) {
      commands.push({
        name: 'provenance check --jobs 2',
        node: true,
        args: [bin, 'check', ...target, '--format', 'json', '--jobs', '2'],
        cwd,
        expectExit: [0, 1],
      });
      commands.push({
        name: 'floor: two processes on halves',
        node: true,
        args: [join(floors, 'halves.mjs'), bin, dir],
        expectExit: [0, 1],
      });
    }
  }
  // Warm the page cache, so no command pays for the first read from disk.
  measure(commands[0], { timer, scratch, stdoutFile: join(scratch, 'stdout.txt') });
  const rows = runPaired(commands, runs, corpus.label);
  addRatio(rows, 'floor: remark-parse alone', 'floor: read files', 'cpuMs');
  addRatio(rows, 'floor: remark + extensions', 'floor: remark-parse alone', 'cpuMs');
  const cliName = cli.jobs ? 'provenance check --jobs 1' : 'provenance check';
  const limit = corpus.generated ? { 1000: 1.3, 10000: 1.2 }[corpus.files] : undefined;
  addRatio(
    rows,
    cliName,
    'floor: remark-parse alone',
    'cpuMs',
    limit,
    `${corpus.label}, ${corpus.files} files: `,
  );
  if (cli.jobs)
    addRatio(
      rows,
      'provenance check --jobs 2',
      cliName,
      'wallMs',
      corpus.files === 10000 ? 0.7 : undefined,
      `${corpus.label}, ${corpus.files} files: `,
    );
  // What two cores give on this machine with nothing shared, beside what --jobs 2 gets from them.
  if (cli.jobs) addRatio(rows, 'floor: two processes on halves', cliName, 'wallMs');
  printTable(
    `${corpus.label}: ${corpus.files} files, ${(corpus.bytes / MiB).toFixed(1)} MiB (${runs} runs, medians)`,
    rows,
    corpus,
  );
  if (!cli.ok) process.stdout.write(`  CLI not measured: ${cli.why}\n`);
  if (note) process.stdout.write(`  note: ${note}\n`);
  results.corpora.push({ ...corpus, runs, note: note || undefined, rows });
}

function folderBytes(files) {
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  return bytes;
}

function crossSizeChecks() {
  const cliName = cli.jobs ? 'provenance check --jobs 1' : 'provenance check';
  const find = (n) =>
    results.corpora.find((c) => c.generated && c.files === n)?.rows.find((r) => r.command === cliName);
  const small = find(1000);
  const large = find(10000);
  const findTwo = (n) =>
    results.corpora
      .find((c) => c.generated && c.files === n)
      ?.rows.find((r) => r.command === 'provenance check --jobs 2');
  const lines = [];
  const check = (label, ratio, limit) => {
    results.checks.push({ check: label, ratio, limit, pass: ratio <= limit });
    lines.push(
      `  ${pad(label, 46)} ${ratio === undefined ? '' : ratio.toFixed(2)} (<= ${limit}) ${verdict(ratio, limit)}`,
    );
  };
  if (small && large) {
    check('CPU(10k) / CPU(1k)', large.cpuMs / small.cpuMs, 10);
    check('peak RSS(10k) / peak RSS(1k)', large.peakRssMiB / small.peakRssMiB, 1.2);
    check('peak RSS(10k) in MiB', large.peakRssMiB, 200);
  }
  // `--jobs auto` runs 10,000 files on two threads: that run's memory must stay flat and bounded too.
  const smallTwo = findTwo(1000);
  const largeTwo = findTwo(10000);
  if (smallTwo && largeTwo) {
    check('--jobs 2: peak RSS(10k) / peak RSS(1k)', largeTwo.peakRssMiB / smallTwo.peakRssMiB, 1.2);
    check('--jobs 2: peak RSS(10k) in MiB', largeTwo.peakRssMiB, 200);
  }
  if (cli.ok && !cli.jobs)
    lines.push(`  ${pad('wall(10k, --jobs 2) / wall(10k, --jobs 1)', 46)} n/a (the CLI has no --jobs)`);
  if (lines.length) process.stdout.write(`\nScaling\n${lines.join('\n')}\n`);
}

// --- MinHash: the cross-article duplicate index on 100,000 paragraphs

async function benchMinhash() {
  const { build } = await import('esbuild');
  const bundle = join(work, 'cross-file.mjs');
  await build({
    entryPoints: [join(root, 'src', 'duplicates', 'cross-file.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
  });
  const target = 100_000;
  const data = join(work, `paragraphs-v${GENERATOR_VERSION}-${target}.jsonl`);
  if (!existsSync(data)) {
    const lines = [];
    let count = 0;
    for (let i = 0; count < target; i++) {
      const paragraphs = articleParagraphs(generateArticle(i)).slice(0, target - count);
      count += paragraphs.length;
      lines.push(JSON.stringify({ file: `article-${i}.md`, paragraphs }));
    }
    writeFileSync(data, `${lines.join('\n')}\n`);
  }
  const runs = runsOption ?? (opts.quick ? 2 : 3);
  const commands = [
    { name: 'node -e 0', node: true, args: ['-e', '0'], expectExit: [0] },
    {
      name: 'read + JSON.parse only',
      node: true,
      args: [join(benchDir, 'minhash-child.mjs'), bundle, data, '--parse-only'],
      expectExit: [0],
    },
    {
      name: 'CrossFileIndex: add + results',
      node: true,
      args: [join(benchDir, 'minhash-child.mjs'), bundle, data],
      expectExit: [0],
    },
  ];
  const inner = [];
  commands[2].check = (stdout) => inner.push(JSON.parse(stdout));
  const rows = runPaired(commands, runs, 'minhash');
  // Phase times from inside the child (first run): the index alone, without start-up and JSON parsing.
  const detail = inner[0];
  printTable(
    `MinHash + LSH: ${detail.paragraphs} paragraphs from generated articles (${runs} runs, medians)`,
    rows,
  );
  const indexCpu = detail.addCpuMs + detail.resultsCpuMs;
  process.stdout.write(
    `${[
      `  index CPU (inside the process): add ${detail.addCpuMs.toFixed(0)} ms + results ${detail.resultsCpuMs.toFixed(0)} ms = ${indexCpu.toFixed(0)} ms (<= 5000) ${verdict(indexCpu, 5000)}`,
      `  whole process CPU median: ${rows[2].cpuMs.toFixed(0)} ms; heap after results ${detail.heapMiB.toFixed(1)} MiB; peak RSS ${rows[2].peakRssMiB.toFixed(1)} MiB`,
      `  ${detail.stats.distinct} distinct paragraphs, ${detail.stats.candidates} LSH candidate pairs, ${detail.stats.similarPairs} similar pairs; ` +
        `${detail.duplicates} reported (${detail.exact} exact, ${detail.near} near, ${detail.lostCitations} lost citations); banding ${detail.stats.banding.bands}x${detail.stats.banding.rows}`,
    ].join('\n')}\n`,
  );
  results.checks.push({
    check: 'MinHash index CPU for 100k paragraphs, ms',
    ratio: indexCpu,
    limit: 5000,
    pass: indexCpu <= 5000,
  });
  results.minhash = { rows, detail };
}

// --- main

const started = new Date();
process.stdout.write(
  `fact-provenance bench: node ${process.version}, timer ${timer} (available: ${timers.join(', ')}), ` +
    `CLI ${cli.ok ? cli.version : `not available (${cli.why})`}${cli.ok ? `, --jobs ${cli.jobs ? 'yes' : 'no'}` : ''}\n`,
);

try {
  if (opts.minhash) {
    await benchMinhash();
  } else {
    benchStartup();
    const corpora = [];
    if (opts.corpus?.length) {
      for (const folder of opts.corpus) {
        const dir = resolve(folder);
        if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`--corpus ${folder}: no such folder`);
        const files = listFiles([dir]);
        corpora.push({
          label: relative(process.cwd(), dir) || dir,
          dir,
          files: files.length,
          bytes: folderBytes(files),
          generated: false,
        });
      }
    } else {
      for (const n of sizes) {
        const dir = join(work, String(n));
        const made = ensureCorpus(dir, n);
        if (!made.reused) process.stderr.write(`  generated ${n} articles in ${dir}\n`);
        corpora.push({
          label: `generated (v${GENERATOR_VERSION})`,
          dir,
          files: n,
          bytes: made.bytes,
          generated: true,
        });
      }
    }
    for (const corpus of corpora) benchCorpus(corpus);
    crossSizeChecks();
  }
} catch (error) {
  fail(error.message);
}

const outFile =
  opts.out ??
  join(
    benchDir,
    'out',
    `bench-${started
      .toISOString()
      .replace(/[:.]/g, '-')
      .replace(/-\d+Z$/, 'Z')}.json`,
  );
mkdirSync(join(outFile, '..'), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify({ date: started.toISOString(), node: process.version, timer, cli, options: opts, ...results }, null, 2)}\n`,
);
// Formatted as the project's formatter wants JSON, so a lint run over the work tree stays clean.
const biome = join(root, 'node_modules', '.bin', 'biome');
if (existsSync(biome)) spawnSync(biome, ['format', '--write', outFile], { stdio: 'ignore' });
process.stdout.write(`\nJSON: ${relative(process.cwd(), outFile)}\n`);
