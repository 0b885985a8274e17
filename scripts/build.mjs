// Bundles the library (ESM) and the command line (one CommonJS file) with esbuild, then writes the
// library's type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
// The command line as one CommonJS file, so that bin/provenance.js can compile it through vm.Script with
// a V8 code cache (Node 20 has no module compile cache). Lazy imports stay lazy: esbuild wraps each
// module in an init function that runs on first use.
await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  legalComments: 'none',
  logLevel: 'warning',
});
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
