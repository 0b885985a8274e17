import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { parseText } from '../../src/parse/text.ts';

const md = (text: string) => analyze(text, { format: 'markdown' });
const sentenceTexts = (text: string) => md(text).sentences.map((s) => s.text);

describe('Markdown prose blocks', () => {
  it('slices sentence text from the source, keeping citation brackets', () => {
    const a = md('Rutte arrived on Tuesday [1, 2]. He left.\n');
    expect(a.sentences.map((s) => s.text)).toEqual(['Rutte arrived on Tuesday [1, 2].', 'He left.']);
    expect(a.sentences[1]?.start).toEqual({ line: 1, column: 34, offset: 33 });
  });

  it('keeps a hard-wrapped sentence whole across lines', () => {
    const a = md('The agency hired forty\nengineers in March.\nThey started in May.\n');
    expect(a.sentences.map((s) => s.text)).toEqual([
      'The agency hired forty\nengineers in March.',
      'They started in May.',
    ]);
    expect(a.sentences[1]?.start).toMatchObject({ line: 3, column: 1 });
  });

  it('skips front matter, code, HTML blocks, definitions and template tags', () => {
    const text = [
      '---',
      'title: A story',
      '---',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '<div class="x">Hidden prose.</div>',
      '',
      '{% image "a.png" %}',
      '',
      'The only prose here. {{< legacy-img src="x" >}}',
      '',
      '[label]: https://example.com',
    ].join('\n');
    expect(sentenceTexts(text)).toEqual(['The only prose here.']);
    expect(parseMarkdown(text).frontMatter).toBe('title: A story');
  });

  it('treats headings, list items, block quotes and table cells as blocks', () => {
    const text =
      '# Title\n\n- An item.\n\n> A quote block.\n\n| a | b |\n|---|---|\n| cell one | cell two |\n';
    const a = md(text);
    expect(a.paragraphs.map((p) => [p.type, p.text])).toEqual([
      ['heading', '# Title'],
      ['listItem', 'An item.'],
      ['blockquote', 'A quote block.'],
      ['tableCell', '| a '],
      ['tableCell', '| b |'],
      ['tableCell', '| cell one '],
      ['tableCell', '| cell two |'],
    ]);
  });

  it('does not split at a link and snaps sentence edges to the whole link', () => {
    const a = md('[The audit](https://example.gov/a.pdf) found 12 errors. It was published in May.\n');
    expect(a.sentences.map((s) => s.text)).toEqual([
      '[The audit](https://example.gov/a.pdf) found 12 errors.',
      'It was published in May.',
    ]);
    expect(a.sentences[0]?.evidence).toContainEqual(
      expect.objectContaining({ type: 'link', url: 'https://example.gov/a.pdf', source: 'The audit' }),
    );
  });

  it('keeps outlet credits with the sentence they close', () => {
    const a = md(
      '- Hamas confirms the release of four hostages. [(Reuters)](https://r.example/1) [(AP)](https://ap.example/2)\n',
    );
    expect(a.sentences).toHaveLength(1);
    expect(a.sentences[0]?.backing.map((e) => e.url)).toEqual([
      'https://r.example/1',
      'https://ap.example/2',
    ]);
  });

  it('reads footnote references and definitions into the registry', () => {
    const a = md('The fee doubled in 2024.[^fee]\n\n[^fee]: Annual report, p. 4.\n');
    expect(a.sources).toEqual([
      expect.objectContaining({ id: '^fee', kind: 'footnote', text: 'Annual report, p. 4.' }),
    ]);
    expect(a.sentences[0]?.backing[0]).toMatchObject({ type: 'citation', refs: ['^fee'] });
  });

  it('reads HTML superscript footnotes and their targets', () => {
    const text =
      'Shares rose 78 percent.<sup><a id="ref1" href="#fn1">[1]</a></sup>\n\n<p id="fn1">1. Survey, 2017.</p>\n';
    const a = md(text);
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Shares rose 78 percent.<sup><a id="ref1" href="#fn1">[1]</a></sup>',
    ]);
    expect(a.sentences[0]?.backing[0]).toMatchObject({ type: 'citation', refs: ['1'] });
    expect(a.sources.map((s) => s.id)).toEqual(['1']);
  });

  it('reads a numbered list under a Sources heading as the registry, not as prose', () => {
    const a = md('Talks began [1].\n\n## Sources\n\n1. Reuters, 3 May.\n2. AP, 4 May.\n');
    expect(a.sources.map((s) => [s.id, s.kind])).toEqual([
      ['1', 'list'],
      ['2', 'list'],
    ]);
    expect(a.sentences.map((s) => s.text)).toEqual(['Talks began [1].', 'Sources']);
  });

  it('treats a numeric reference-style link as a citation', () => {
    const a = md('The rule took effect in 2023 [1].\n\n[1]: https://example.gov/rule\n');
    expect(a.sentences[0]?.backing[0]).toMatchObject({
      type: 'citation',
      refs: ['1'],
      url: 'https://example.gov/rule',
    });
  });
});

describe('positions', () => {
  it('changes nothing but positions for CRLF, a BOM and a missing final newline', () => {
    const lf = 'Rutte arrived on Tuesday [1].\n\nHe met Trump on Wednesday.\n';
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n').trimEnd()}`;
    const a = analyze(lf, { format: 'markdown' });
    const b = analyze(crlf, { format: 'markdown' });
    expect(b.sentences.map((s) => s.text)).toEqual(a.sentences.map((s) => s.text));
    expect(b.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(
      a.findings.map((f) => [f.ruleId, f.line, f.column]),
    );
    expect(b.sentences[1]?.start.line).toBe(3);
  });
});

describe('plain text', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    const doc = parseText('First line\nsame paragraph.\n\n\nSecond paragraph.');
    expect(doc.blocks.map((b) => b.prose)).toEqual(['First line same paragraph.', 'Second paragraph.']);
    expect(doc.blocks[1]?.start).toBe(29);
  });

  it('reads a "Sources:" paragraph of numbered lines as the registry', () => {
    const doc = parseText('Talks began [1].\n\nSources:\n[1] Reuters, 3 May.\n[2] AP.');
    expect(doc.registry.map((r) => [r.id, r.text])).toEqual([
      ['1', '[1] Reuters, 3 May.'],
      ['2', '[2] AP.'],
    ]);
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('Markdown sources written for a site generator', () => {
  it('reads a link whose target is a template tag as a link that backs its sentence', () => {
    const a = md(
      'All 17 finalists used [Green Button data]({{< ref "2015-02-04-green-button.md" >}}).\n\n' +
        '[As we saw at the EPA]({{ "/2015/12/07/epa/" | url }}), the team shipped 40 releases in 2015.\n',
    );
    expect(a.sentences.map((s) => s.evidence.filter((e) => e.type === 'link').map((e) => e.source))).toEqual([
      ['Green Button data'],
      ['As we saw at the EPA'],
    ]);
    expect(a.findings.filter((f) => f.ruleId === 'unsourced-claim')).toEqual([]);
  });

  it('leaves a template-tag link inside inline code alone', () => {
    const a = md('Write `[text]({{< ref "page.md" >}})` to link a page.\n');
    expect(a.sentences[0]?.evidence.filter((e) => e.type === 'link')).toEqual([]);
  });

  it('reads an emphasised caption under an image tag as a caption, not a claim', () => {
    const a = md(
      '{% image "assets/view.jpg" "A mountain" %}\n*The view from the National Earthquake Information Center in Golden, CO.*\n',
    );
    expect(a.sentences.map((s) => [s.kind, s.claim])).toEqual([['other', false]]);
  });

  it('does not take a contact address for a source', () => {
    const a = md('The office employs 40 people. Contact [Sara Smith](mailto:sara@example.gov).\n');
    expect(a.sentences[0]?.backing).toEqual([]);
    expect(a.findings.map((f) => f.ruleId)).toContain('unsourced-claim');
  });

  it('skips link definitions run into a template tag, also under a Footnotes heading', () => {
    const text = [
      'Alice [posted][alice post] about the bug in 2025.',
      '',
      '## Footnotes',
      '',
      '{% include references.md %}',
      '[alice post]: https://example.com/post',
      '',
    ].join('\n');
    const a = md(text);
    expect(a.sources.filter((s) => s.kind === 'list')).toEqual([]);
    expect(a.findings.filter((f) => f.ruleId === 'unused-reference')).toEqual([]);
  });

  it('keeps the sentences of a multi-sentence emphasis run apart', () => {
    const a = md('“It worked,” said Smith._Each year, six people run it. To know more, write to us._\n');
    const starts = a.sentences.map((s) => s.start.offset);
    expect(new Set(starts).size).toBe(starts.length);
    expect(a.sentences.map((s) => s.text)).toEqual([
      '“It worked,” said Smith.',
      '_Each year, six people run it.',
      'To know more, write to us._',
    ]);
  });
});
