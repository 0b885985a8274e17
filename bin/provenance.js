#!/usr/bin/env node
// The process shell: load the bundled CLI through a V8 code cache, set the exit code, turn a crash into
// exit 2. Everything else lives in src/cli.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, '..', 'dist', 'cli.cjs');

// Commands that never load the parser get a cache of their own: a cache filled by a check run holds the
// whole engine and costs more to load than it saves for `--help`.
const args = process.argv.slice(2);
const light =
  args.some((a) => ['-h', '--help', '-v', '--version'].includes(a)) ||
  ['rules', 'init', 'help'].includes(args[0]);

function cacheFile() {
  const info = statSync(bundle);
  const name = `cli-${light ? 'light' : 'full'}-${process.version}-${process.arch}-${info.size}-${Math.trunc(info.mtimeMs)}.v8cache`;
  const folders = [
    join(here, '..', 'node_modules', '.cache', 'fact-provenance'),
    join(tmpdir(), 'fact-provenance-cache'),
  ];
  return folders.map((folder) => join(folder, name));
}

function load() {
  const source = readFileSync(bundle, 'utf8');
  const candidates = process.env.PROVENANCE_NO_COMPILE_CACHE ? [] : cacheFile();
  let cachedData;
  for (const file of candidates) {
    try {
      cachedData = readFileSync(file);
      break;
    } catch {}
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const save = () => {
    if (candidates.length === 0 || (cachedData && !script.cachedDataRejected)) return;
    const data = script.createCachedData();
    for (const file of candidates) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}`;
        writeFileSync(temp, data);
        renameSync(temp, file);
        // Caches of earlier builds or Node versions are never read again.
        for (const old of readdirSync(dirname(file))) {
          if (
            old.endsWith('.v8cache') &&
            old.includes(light ? 'cli-light-' : 'cli-full-') &&
            join(dirname(file), old) !== file
          ) {
            rmSync(join(dirname(file), old), { force: true });
          }
        }
        return;
      } catch {}
    }
  };
  return { main: module.exports.main, save };
}

try {
  const { main, save } = load();
  main(args)
    .then((code) => {
      process.exitCode = code;
      save();
    })
    .catch((error) => {
      process.stderr.write(`provenance: internal error: ${error?.stack ?? error}\n`);
      process.exitCode = 2;
    });
} catch (error) {
  process.stderr.write(`provenance: cannot start: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
