import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../src/parse/fast.ts';
import { remarkTree, syntaxOf } from '../../src/parse/markdown.ts';
import { generateArticle } from '../bench/generate.mjs';
import { documents, inlineText } from './pieces.ts';

/** A tree without lists' `spread` flags, which the direct reader leaves false (nothing reads them). */
function withoutSpread(node: Node): Node {
  const { spread: _, ...rest } = node as Node & { spread?: boolean; children?: Node[] };
  if (rest.children) rest.children = rest.children.map(withoutSpread);
  return rest;
}

/** The direct reader's tree, or why it left the document to remark. */
function read(source: string): Node | string {
  const tree = readTree(source, syntaxOf(source));
  return typeof tree === 'string' ? tree : withoutSpread(tree);
}

/** Either the reader gives up, or its tree is remark's. */
function expectRemarkOrGiveUp(source: string): void {
  const tree = read(source);
  if (typeof tree !== 'string')
    expect(tree, JSON.stringify(source)).toEqual(withoutSpread(remarkTree(source)));
}

function expectRemark(source: string): void {
  const tree = read(source);
  expect(tree, `${JSON.stringify(source)} was left to remark`).not.toBeTypeOf('string');
  expect(tree, JSON.stringify(source)).toEqual(withoutSpread(remarkTree(source)));
}

describe('the direct Markdown reader', () => {
  it('builds remark’s tree or leaves the document to remark, on generated documents', () => {
    fc.assert(fc.property(documents, expectRemarkOrGiveUp), { numRuns: 3000 });
  });

  it('builds remark’s tree for inline syntax in a paragraph, a heading, a list item and a quote', () => {
    fc.assert(
      fc.property(inlineText, (text) => {
        const definitions = '\n\n[ref]: /r\n[other ref]: /o\n\n[^1]: Note.';
        for (const source of [text, `# ${text}`, `- ${text}`, `> ${text}`])
          expectRemarkOrGiveUp(source + definitions);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every fixture and generated benchmark article itself, with remark’s tree', () => {
    const dir = join(import.meta.dirname, '../../fixtures');
    const fixtures = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(md|txt)$/.test(f),
    );
    expect(fixtures.length).toBeGreaterThan(5);
    for (const file of fixtures) expectRemarkOrGiveUp(readFileSync(join(dir, file), 'utf8'));
    for (let n = 0; n < 60; n++) expectRemark(generateArticle(n));
  });

  it('builds remark’s tree for common article shapes', () => {
    expectRemark('Claim [1].\n\n## Sources\n\n1. Reuters, "Title", 2024. https://example.com');
    expectRemark('Text[^a] and more.[^b]\n\n[^a]: One.\n[^b]: Two\n    lines.');
    expectRemark('> “Quote,” she said.\n\n— Someone');
    expectRemark('**Sources**\n\n- [One](https://a.example) — a\n- [Two][2]\n\n[2]: https://b.example');
    expectRemark(
      '<!-- provenance-disable unsourced-claim -->\nText.\n\n<div class="embed">\n  <iframe src="x"></iframe>\n</div>',
    );
  });

  it('says why it leaves a document to remark', () => {
    expect(read('a\tb')).toMatch(/tab/);
    expect(read('<script>\nvar a;\n</script>')).toMatch(/raw html/);
    expect(read('Text\n\n    indented code')).toMatch(/indented code/);
    expect(read('-\n  empty item')).toMatch(/empty/);
    expect(read('[x]: /u\n| - |')).toMatch(/delimiter row under a definition/);
  });
});
