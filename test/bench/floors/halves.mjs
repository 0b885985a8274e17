// Floor for two cores: two processes of the CLI with one job each, on the two halves of the file list, run
// at the same time. What a second core can give a run on this machine, with nothing shared: `--jobs 2`
// is measured against it. Usage: node halves.mjs BIN FOLDER...
import { spawn } from 'node:child_process';
import { listFiles } from './walk.mjs';

const [bin, ...folders] = process.argv.slice(2);
const files = listFiles(folders);
const half = Math.ceil(files.length / 2);
const codes = await Promise.all(
  [files.slice(0, half), files.slice(half)].map(
    (part) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'check', ...part, '--format', 'json', '--jobs', '1'], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('error', reject);
        child.on('close', (code) => resolve(code));
      }),
  ),
);
process.exitCode = Math.max(...codes.map((code) => code ?? 2));
