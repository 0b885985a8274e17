import fc from 'fast-check';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { markdownTree, syntaxOf } from '../../src/parse/markdown.ts';

// The parser with every extension the checker knows, always on: the reference tree.
const everything = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(function (this: Processor) {
    const data = this.data();
    data.micromarkExtensions ??= [];
    data.fromMarkdownExtensions ??= [];
    data.micromarkExtensions.push(gfmFootnote(), gfmTable());
    data.fromMarkdownExtensions.push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
  });

/** A tree without lists' `spread` flags, which the direct reader leaves false (nothing reads them). */
function withoutSpread(node: Node): Node {
  const { spread: _, ...rest } = node as Node & { spread?: boolean; children?: Node[] };
  if (rest.children) rest.children = rest.children.map(withoutSpread);
  return rest;
}

const fragments = [
  '---\ntitle: A\n---',
  '+++\ntitle = "A"\n+++',
  '\uFEFF---\nx: 1\n---',
  '---',
  '| a | b |\n| --- | ---: |\n| 1 | 2 |',
  'a | b\n--|--\n1 | 2',
  '| a |\n| :-: |',
  'a |\n-- |',
  'Heading\n---',
  'Text with a pipe | in it.',
  '- item | x\n  | --- |',
  '> | q |\n> | - |',
  '>> a | b\n> > - | -',
  '1. | n |\n   | - |',
  '| w |\r\n| -- |\r\n| 1 |',
  'Claim.[^1]',
  '[^1]: A source.',
  '[^note]:\n    Indented note.',
  'See [a][^x] and [link](https://example.com).',
  'Plain sentence. Another one.',
  '***',
  '```\n| code | fence |\n| --- | --- |\n```',
  '    indented | code\n    --- | ---',
  '<table><tr><td>|</td></tr></table>',
  '',
];

describe('syntax extensions chosen per document', () => {
  it('names the extensions a document shows', () => {
    expect(syntaxOf('---\nx: 1\n---\nText.')).toEqual({ frontMatter: true, footnotes: false, tables: false });
    expect(syntaxOf('Claim.[^1]\n\n[^1]: Source.')).toMatchObject({ footnotes: true, frontMatter: false });
    expect(syntaxOf('| a |\n| --- |\n| 1 |').tables).toBe(true);
    expect(syntaxOf('A pipe | alone.\n\nNo delimiter row.').tables).toBe(false);
    expect(syntaxOf('Text\n\n---\n\nMore.').tables).toBe(false);
  });

  it('gives the same tree as the parser with every extension on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\n\n', '\r\n'),
        (parts, joiner) => {
          const source = parts.join(joiner);
          expect(withoutSpread(markdownTree(source))).toEqual(withoutSpread(everything.parse(source)));
        },
      ),
      { numRuns: 400 },
    );
  });
});
