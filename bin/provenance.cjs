#!/usr/bin/env node
// The process shell: load the bundled CLI through a V8 code cache, set the exit code, turn a crash into
// exit 2. Everything else lives in src/cli.
// CommonJS: Node starts a CommonJS entry a few milliseconds sooner than an ES module one.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// A run over a few articles ends before code optimised by TurboFan would repay its compilation, which
// costs about a sixth of the CPU of checking one article; the check command turns it back on when it is given
// enough text (globalThis.__provenanceLongRun), with the inlining src/cli/tiering.ts chooses and a
// compact heap. The code cache is made and read with the start-up flags, so that the flags it records match.
v8.setFlagsFromString('--no-opt');
let longRun = false;
globalThis.__provenanceLongRun = ({ inlining, threads = 1 }) => {
  longRun = true;
  // With two threads, this thread's old generation is always within a young generation of its limit, where
  // V8 starts marking at once after each collection: marking starts halfway to the limit instead.
  const marking =
    threads > 1 ? ' --incremental-marking-soft-trigger=50 --incremental-marking-hard-trigger=70' : '';
  v8.setFlagsFromString(`--opt${inlining ? '' : ' --no-turbo-inlining'} --heap-growing-percent=50${marking}`);
};

const dist = join(__dirname, '..', 'dist');
const cacheFolders = [
  join(dist, '..', 'node_modules', '.cache', 'fact-provenance'),
  join(tmpdir(), 'fact-provenance-cache'),
];
const pending = [];

/** Loads one CommonJS bundle, compiled with the code cache of its last run when there is one. */
function load(name) {
  const file = join(dist, `${name}.cjs`);
  const info = statSync(file);
  const key = `${name}-${process.version}-${process.arch}-${info.size}-${Math.trunc(info.mtimeMs)}.v8cache`;
  const candidates = process.env.PROVENANCE_NO_COMPILE_CACHE
    ? []
    : cacheFolders.map((folder) => join(folder, key));
  let cachedData;
  for (const candidate of candidates) {
    try {
      cachedData = readFileSync(candidate);
      break;
    } catch {}
  }
  // ASCII only (scripts/build.mjs makes it so): read as one-byte text, without decoding UTF-8.
  const source = readFileSync(file, 'latin1');
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
  if (candidates.length > 0 && (!cachedData || script.cachedDataRejected)) {
    // Written after the run, so that the functions the run compiled are in the cache.
    pending.push(() => save(script.createCachedData(), candidates, name));
  }
  return bundle.exports;
}

function save(data, candidates, name) {
  for (const target of candidates) {
    try {
      const folder = dirname(target);
      mkdirSync(folder, { recursive: true });
      const temp = `${target}.${process.pid}`;
      writeFileSync(temp, data);
      renameSync(temp, target);
      // Caches of earlier builds or Node versions are never read again.
      for (const old of readdirSync(folder)) {
        if (old.startsWith(`${name}-`) && old.endsWith('.v8cache') && join(folder, old) !== target) {
          rmSync(join(folder, old), { force: true });
        }
      }
      return;
    } catch {}
  }
}

try {
  globalThis.__provenanceEngine = () => load('engine');
  const { main } = load('cli');
  main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
      // A long run leaves a cache that serves a short one poorly (the code it kept is the code the long run
      // used last: after two threads on 1,000 articles, checking one article took 1.2x the CPU of a cache
      // written by a short run), and its start-up is a small part of it anyway.
      if (!longRun) for (const write of pending) write();
    })
    .catch((error) => {
      process.stderr.write(`provenance: internal error: ${error?.stack ?? error}\n`);
      process.exitCode = 2;
    });
} catch (error) {
  process.stderr.write(`provenance: cannot start: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
