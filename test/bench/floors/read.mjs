// Floor: walk the same files as the CLI and read every one of them; nothing else.
import { readFileSync } from 'node:fs';
import { listFiles } from './walk.mjs';

const files = listFiles(process.argv.slice(2));
let chars = 0;
for (const file of files) chars += readFileSync(file, 'utf8').length;
process.stdout.write(`${JSON.stringify({ files: files.length, chars })}\n`);
