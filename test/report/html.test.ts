import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml } from '../../src/report/html.ts';
import {
  classify,
  coverage,
  duplicateParagraphs,
  placeFindings,
  sourceGroups,
} from '../../src/report/html-model.ts';
import type { RuleMeta } from '../../src/rules/types.ts';
import type { Analysis, Evidence, Finding, Kind, Position, Sentence } from '../../src/types.ts';

function at(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

interface SentenceSpec {
  text: string;
  kind?: Kind;
  claim?: boolean;
  /** Evidence by its text inside the sentence. */
  evidence?: Omit<Evidence, 'start' | 'end'>[];
}

/** Builds an analysis of `paragraphs` (joined by blank lines) with the given judgments. */
function build(paragraphs: SentenceSpec[][]): { text: string; analysis: Analysis } {
  const text = paragraphs.map((sentences) => sentences.map((s) => s.text).join(' ')).join('\n\n');
  const analysis: Analysis = {
    format: 'text',
    sentences: [],
    paragraphs: [],
    sources: [],
    duplicates: { paragraphs: [], sentences: [] },
    findings: [],
  };
  let offset = 0;
  for (const [p, specs] of paragraphs.entries()) {
    const paragraphStart = offset;
    const indices: number[] = [];
    for (const spec of specs) {
      const evidence = (spec.evidence ?? []).map((e) => {
        const inner = spec.text.indexOf(e.text);
        return { ...e, start: at(text, offset + inner), end: at(text, offset + inner + e.text.length) };
      });
      const sentence: Sentence = {
        index: analysis.sentences.length,
        text: spec.text,
        start: at(text, offset),
        end: at(text, offset + spec.text.length),
        paragraph: p,
        kind: spec.kind ?? 'fact',
        claim: spec.claim ?? (spec.kind ?? 'fact') === 'fact',
        evidence,
        backing: evidence.filter((e) => e.type === 'citation' || e.type === 'link'),
        reasons: [],
      };
      indices.push(sentence.index);
      analysis.sentences.push(sentence);
      offset += spec.text.length + 1;
    }
    const paragraphEnd = offset - 1;
    analysis.paragraphs.push({
      index: p,
      type: 'paragraph',
      text: text.slice(paragraphStart, paragraphEnd),
      start: at(text, paragraphStart),
      end: at(text, paragraphEnd),
      sentences: indices,
    });
    offset = paragraphEnd + 2;
  }
  return { text, analysis };
}

function findingOn(analysis: Analysis, sentence: number, over: Partial<Finding>): Finding {
  const s = analysis.sentences[sentence];
  if (!s) throw new Error(`no sentence ${sentence}`);
  return {
    file: 'a.md',
    line: s.start.line,
    column: s.start.column,
    endLine: s.end.line,
    endColumn: s.end.column,
    ruleId: 'unsourced-claim',
    severity: 'warning',
    message: 'This claim has no source.',
    evidence: s.text,
    ...over,
  };
}

const rules: RuleMeta[] = [
  { id: 'unsourced-claim', defaultSeverity: 'warning', description: 'Unsourced.', help: 'Cite a source.' },
];

const cite = (text: string, refs: string[]): Omit<Evidence, 'start' | 'end'> => ({
  type: 'citation',
  text,
  refs,
});

const sample = build([
  [
    { text: 'Rutte arrived in Washington on Tuesday [1, 2].', evidence: [cite('[1, 2]', ['1', '2'])] },
    { text: 'He will meet Trump on Friday.' },
  ],
  [
    {
      text: 'Rutte said the talks were frank.',
      evidence: [{ type: 'attribution', text: 'Rutte said', source: 'Rutte' }],
    },
    {
      text: 'Diplomatic sources said the visit was urgent.',
      evidence: [{ type: 'anonymous', text: 'Diplomatic sources said', source: 'diplomatic sources' }],
    },
    { text: 'The visit signals a pivot.', kind: 'analysis' },
    { text: 'Why now?', kind: 'other', claim: false },
  ],
  [{ text: 'Rutte arrived in Washington on Tuesday.' }],
]);

const duplicateFinding: Finding = {
  ...findingOn(sample.analysis, 6, {}),
  ruleId: 'duplicate-paragraph',
  severity: 'error',
  message: 'Repeats the paragraph at line 1 and lost [1, 2].',
  related: [{ line: 1, column: 1, message: 'First copy.' }],
};
const sampleFindings: Finding[] = [findingOn(sample.analysis, 1, {}), duplicateFinding];

function sampleHtml(): string {
  return formatHtml(
    [{ file: 'news/nato.md', findings: sampleFindings, analysis: sample.analysis, source: sample.text }],
    rules,
  );
}

/** The opening tag of the element with this id. */
function tagOf(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element #${id}`);
  return match[0];
}

describe('sentence classes', () => {
  const duplicates = duplicateParagraphs(sample.analysis, sampleFindings);
  const names = sample.analysis.sentences.map((s) => classify(s, duplicates));

  it('marks each sentence by what backs it, analysis and duplicates first', () => {
    expect(names).toEqual([
      'cited',
      'unsourced',
      'attributed',
      'anonymous',
      'analysis',
      'other',
      'duplicate',
    ]);
  });

  it('takes duplicate paragraphs from duplicate-paragraph findings, not from the analysis alone', () => {
    expect([...duplicates]).toEqual([2]);
    expect([...duplicateParagraphs(sample.analysis, [sampleFindings[0] as Finding])]).toEqual([]);
  });

  it('calls a cited analysis sentence analysis', () => {
    const { analysis } = build([
      [{ text: 'It underscores a shift [2].', kind: 'analysis', evidence: [cite('[2]', ['2'])] }],
    ]);
    expect(classify(analysis.sentences[0] as Sentence, new Set())).toBe('analysis');
  });
});

describe('placing findings', () => {
  it('puts a finding on every sentence its range covers and nowhere else', () => {
    const { bySentence, unplaced } = placeFindings(sample.analysis, sampleFindings);
    expect([...bySentence.keys()].sort()).toEqual([1, 6]);
    expect(unplaced).toEqual([]);
  });

  it('keeps a finding that covers no sentence apart', () => {
    const far = { ...(sampleFindings[0] as Finding), line: 40, endLine: 40 };
    expect(placeFindings(sample.analysis, [far]).unplaced).toEqual([far]);
  });
});

describe('coverage and provenance map', () => {
  it('counts claims and the claims something backs', () => {
    // Claims: arrived [1, 2] (backed), will meet (not), Rutte said (backed), sources said (backed), copy (not).
    expect(coverage(sample.analysis)).toEqual({ claims: 5, backed: 3 });
  });

  it('groups sentences under each cited id, each link and each credited source', () => {
    const groups = sourceGroups(sample.analysis).map((g) => [g.key, g.sentences]);
    expect(groups).toEqual([
      ['ref:1', [0]],
      ['ref:2', [0]],
      ['attribution:rutte', [2]],
      ['anonymous:diplomatic sources', [3]],
    ]);
  });

  it('names a cited id by its source-list entry', () => {
    const analysis: Analysis = {
      ...sample.analysis,
      sources: [
        {
          id: '1',
          kind: 'list',
          text: '[1] Reuters',
          url: 'https://example.org/r',
          start: at('', 0),
          end: at('', 0),
        },
      ],
    };
    expect(sourceGroups(analysis)[0]).toMatchObject({
      label: '[1]',
      detail: '[1] Reuters',
      url: 'https://example.org/r',
    });
  });
});

describe('formatHtml', () => {
  const html = sampleHtml();

  it('wraps each sentence in an element with its class, kind and claim', () => {
    expect(tagOf(html, 'f0-s0')).toMatch(/class="s cited"/);
    expect(tagOf(html, 'f0-s1')).toMatch(/class="s unsourced flagged sev-warning"/);
    expect(tagOf(html, 'f0-s1')).toContain('data-kind="fact" data-claim="true"');
    expect(tagOf(html, 'f0-s4')).toContain('data-kind="analysis" data-claim="false"');
    expect(tagOf(html, 'f0-s5')).toMatch(/class="s other"/);
  });

  it('marks the duplicate paragraph and its sentences', () => {
    expect(tagOf(html, 'f0-p2')).toMatch(/class="para paragraph duplicate"/);
    expect(tagOf(html, 'f0-p0')).not.toContain('duplicate');
    expect(tagOf(html, 'f0-s6')).toMatch(/class="s duplicate flagged sev-error"/);
  });

  it('shows a sentence’s findings and backing on hover', () => {
    expect(tagOf(html, 'f0-s1')).toContain(
      'title="Unsourced claim — fact, claim (line 1)\nwarning unsourced-claim: This claim has no source.\nBacked by: nothing"',
    );
    expect(tagOf(html, 'f0-s0')).toContain('Backed by: citation: [1, 2]');
  });

  it('holds each sentence’s details, with finding, rule help and related place, for the click panel', () => {
    const detail = /<template id="f0-d6">(.*?)<\/template>/s.exec(html)?.[1] ?? '';
    expect(detail).toContain('Repeats the paragraph at line 1 and lost [1, 2].');
    expect(detail).toContain('see line 1, column 1: First copy.');
    expect(tagOf(html, 'f0-s6')).toContain('data-detail="f0-d6"');
    expect(/<template id="f0-d1">.*Cite a source\..*<\/template>/s.test(html)).toBe(true);
  });

  it('shows the coverage of claims as a percent', () => {
    expect(html).toContain('<strong>60%</strong><span>3 of 5 claims backed</span>');
    expect(html).toContain('60% of 5 claims backed');
  });

  it('lists each source with the sentences it backs, and the claims nothing backs', () => {
    const map = /<section class="map">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(map).toContain('<dt><span class="tag">citation</span>[1]</dt><dd><a href="#f0-s0">line 1</a>');
    expect(map).toContain('<span class="tag">anonymous</span>diplomatic sources</dt><dd><a href="#f0-s3">');
    expect(map).toMatch(/Claims nothing backs<\/dt><dd><a href="#f0-s1">.*<dd><a href="#f0-s6">/);
  });

  it('has a legend naming every class', () => {
    for (const name of ['cited', 'attributed', 'anonymous', 'unsourced', 'analysis', 'duplicate', 'other']) {
      expect(html).toMatch(new RegExp(`<ul class="legend".*<span class="s ${name}">`, 's'));
    }
  });

  it('is self-contained: no external style, script, image, font or frame', () => {
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(|\ssrc=/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<style>');
  });

  it('allows by policy exactly the inline script it carries', () => {
    const script = /<script>(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('follows the reader’s colour scheme and has a print layout', () => {
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('@media print');
  });

  it('shows the file text between sentences, such as a marker outside any sentence', () => {
    const { text, analysis } = build([[{ text: 'Sales rose 5%.' }, { text: 'Costs fell.' }]]);
    const source = text.replace('5%. Costs', '5%. [3] Costs');
    const shifted: Analysis = {
      ...analysis,
      sentences: analysis.sentences.map((s, i) =>
        i === 1 ? { ...s, start: at(source, 19), end: at(source, 30) } : s,
      ),
      paragraphs: analysis.paragraphs.map((p) => ({ ...p, text: source, end: at(source, source.length) })),
    };
    const out = formatHtml([{ file: 'a.md', findings: [], analysis: shifted, source }], []);
    expect(out).toMatch(/Sales rose 5%\.<\/span><span class="gap"> \[3\] <\/span><span [^>]*>Costs fell\./);
  });

  it('joins sentences with a space when no source text is given', () => {
    const out = formatHtml([{ file: 'a.md', findings: [], analysis: sample.analysis }], []);
    expect(out).toMatch(/\[1, 2\]\.<\/span> <span [^>]*>He will meet/);
  });

  it('lists the findings of a file without analysis', () => {
    const out = formatHtml([{ file: 'gone.md', findings: [sampleFindings[0] as Finding] }], rules);
    expect(out).toContain('The article text is not in this report.');
    expect(out).toContain('<td>1:48</td><td class="sev warning">warning</td>');
  });
});

describe('escaping', () => {
  const hostile = '<script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned = 2"> & \'q\'';
  const { text, analysis } = build([
    [
      { text: `He said ${hostile}.` },
      {
        text: 'Read more.',
        evidence: [{ type: 'link', text: 'more', url: 'javascript:alert(1)', source: '<b>x</b>' }],
      },
    ],
  ]);
  const finding = findingOn(analysis, 0, { message: `Bad ${hostile}`, ruleId: '<i>r</i>' });
  const html = formatHtml([{ file: 'x/<b>&".md', findings: [finding], analysis, source: text }], rules);

  it('escapes &, <, >, double and single quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('shows article text, messages, rule ids and file names as text, never as markup', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).not.toMatch(/onerror="/);
    expect(html).toContain(
      '&lt;script&gt;window.__pwned = 1&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;',
    );
    expect(html).toContain('x/&lt;b&gt;&amp;&quot;.md');
  });

  it('links only http and https sources', () => {
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
  });
});
