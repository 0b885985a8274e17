// The file list the CLI checks for folder arguments: `.md`, `.markdown` and `.txt` files, skipping
// node_modules and .git, honouring `.gitignore` and `.provenanceignore` in each walked folder; explicit
// file arguments are always included. Sorted by code unit, as the CLI sorts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignore from 'ignore';

const EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED = new Set(['node_modules', '.git']);
const IGNORE_FILES = ['.gitignore', '.provenanceignore'];

function rulesIn(dir) {
  const texts = [];
  for (const name of IGNORE_FILES) {
    try {
      texts.push(readFileSync(join(dir, name), 'utf8'));
    } catch {}
  }
  return texts.length > 0 ? { dir, rules: ignore().add(texts.join('\n')) } : undefined;
}

function ignored(layers, path, isDir) {
  for (const layer of layers) {
    const rel = relative(layer.dir, path).split('\\').join('/');
    if (rel && layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

function walk(dir, layers, out) {
  const layer = rulesIn(dir);
  const here = layer ? [...layers, layer] : layers;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const info = statSync(path, { throwIfNoEntry: false });
      isDir = info?.isDirectory() ?? false;
      isFile = info?.isFile() ?? false;
    }
    if (isDir) {
      if (!SKIPPED.has(entry.name) && !ignored(here, path, true)) walk(path, here, out);
    } else if (
      isFile &&
      EXTENSIONS.some((e) => entry.name.toLowerCase().endsWith(e)) &&
      !ignored(here, path, false)
    ) {
      out.push(path);
    }
  }
}

export function listFiles(paths) {
  const out = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (statSync(abs).isDirectory()) walk(abs, [], out);
    else out.push(abs);
  }
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function isMarkdown(path) {
  return !path.toLowerCase().endsWith('.txt');
}
