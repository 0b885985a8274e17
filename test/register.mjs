// Lets Node run the TypeScript sources directly (`node --import ./test/register.mjs file.ts`):
// a module loader hook that strips types with esbuild. Node 20 cannot load `.ts` on its own.
// The same file is both the registration (main thread) and the hook module (Node runs hooks
// on a separate thread, where `isMainThread` is false, so it does not register itself twice).
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

/** @type {typeof import('esbuild').transform | undefined} */
let transform;

/**
 * Transforms `.ts` files to JavaScript modules; everything else goes to the next loader.
 * @param {string} url
 * @param {object} context
 * @param {Function} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\.[cm]?ts$/.test(new URL(url).pathname)) {
    return nextLoad(url, context);
  }
  transform ??= (await import('esbuild')).transform;
  const path = fileURLToPath(url);
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: path,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
