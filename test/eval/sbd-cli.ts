// Prints the sentence-boundary evaluation rows:
// node --import ./test/register.mjs test/eval/sbd-cli.ts [dataDir]
import { evalSbd } from './sbd.ts';

const dataDir = process.argv[2] ?? '/work/shared/eval';
for (const row of await evalSbd(dataDir)) console.log(JSON.stringify(row));
