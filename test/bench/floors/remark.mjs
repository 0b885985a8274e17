// Floor: walk and read the same files as the CLI and parse the Markdown ones with unified + remark-parse
// alone (plain-text files are only read).
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMarkdown, listFiles } from './walk.mjs';

const processor = unified().use(remarkParse);
const files = listFiles(process.argv.slice(2));
let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (isMarkdown(file)) nodes += processor.parse(text).children.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, nodes })}\n`);
