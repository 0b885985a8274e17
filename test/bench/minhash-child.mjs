// The measured process of `npm run bench -- --minhash`: loads paragraphs (JSON lines, one file a line),
// adds them to a CrossFileIndex and asks for the results; prints phase CPU times and counts as JSON.
// Usage: node minhash-child.mjs <cross-file bundle.mjs> <paragraphs.jsonl> [--parse-only]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, data, flag] = process.argv.slice(2);
const { CrossFileIndex } = await import(pathToFileURL(bundle).href);
const files = readFileSync(data, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line));

if (flag !== '--parse-only') {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const t0 = cpu();
  const index = new CrossFileIndex();
  for (const file of files) index.add(file.file, file.paragraphs);
  const t1 = cpu();
  const duplicates = index.results();
  const t2 = cpu();
  process.stdout.write(
    `${JSON.stringify({
      paragraphs: files.reduce((n, f) => n + f.paragraphs.length, 0),
      addCpuMs: t1 - t0,
      resultsCpuMs: t2 - t1,
      heapMiB: process.memoryUsage().heapUsed / 1024 / 1024,
      stats: index.stats(),
      duplicates: duplicates.length,
      exact: duplicates.filter((d) => d.exact).length,
      near: duplicates.filter((d) => !d.exact).length,
      lostCitations: duplicates.filter((d) => d.lostCitations.length > 0).length,
    })}\n`,
  );
}
