// Floor: as remark.mjs, with the syntax extensions the checker loads: front matter (YAML and TOML),
// GFM footnotes and GFM tables (not the rest of GFM), configured as src/parse/markdown.ts does.
import { readFileSync } from 'node:fs';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMarkdown, listFiles } from './walk.mjs';

function gfmSubset() {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.micromarkExtensions.push(gfmFootnote(), gfmTable());
  data.fromMarkdownExtensions.push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfmSubset);
const files = listFiles(process.argv.slice(2));
let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (isMarkdown(file)) nodes += processor.parse(text).children.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, nodes })}\n`);
