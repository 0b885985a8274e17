// Bundles the library (ESM) and the command line (one CommonJS file) with esbuild, then writes the
// library's type declarations.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Worker threads load their own entry; piscina fails when bundled.
  external: ['piscina'],
  legalComments: 'none',
  // commander is CommonJS: give the ESM bundle a `require` for its built-in imports.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The command line as CommonJS files, so that bin/provenance.cjs can compile them through vm.Script with a
// V8 code cache (Node 20 has no module compile cache): cli.cjs parses arguments and prints help; engine.cjs
// (loaded only by commands that work) holds the rest; worker.cjs runs in worker threads.
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  legalComments: 'none',
  logLevel: 'warning',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  // Smaller files read and compile sooner (one article: ~4% less CPU); names stay for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS has no `import.meta`; the bundle's own file name serves where a module asks for its place.
  define: { 'import.meta.url': '__filename' },
};
const engineOutside = {
  name: 'engine-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/engine\.ts$/ }, () => ({ path: './engine.cjs', external: true }));
  },
};
// commander loads `node:child_process` (a few milliseconds) for stand-alone executable subcommands, which
// this command line has none of: it gets the module on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(join('node_modules', 'commander'))
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, key) => process.getBuiltinModule('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  plugins: [engineOutside, lazyChildProcess],
});
await build({ ...common, entryPoints: { engine: 'src/cli/engine.ts', worker: 'src/cli/worker.ts' } });
// bin/provenance.cjs reads the bundles as one-byte text, which is quicker than decoding UTF-8 (about 2 ms
// for the engine): the few characters beyond ASCII that esbuild leaves (in regular-expression literals)
// become \u escapes, which mean the same in strings, expressions and names (not in raw template text).
for (const name of ['cli', 'engine', 'worker']) {
  const file = join('dist', `${name}.cjs`);
  const text = readFileSync(file, 'utf8').replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // A tagged template sees the raw text, where an escape is not the character: there are none today.
  if (/\.raw\b/.test(text)) throw new Error(`${file}: uses raw template text; the ASCII pass may change it`);
  writeFileSync(file, text);
}
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
