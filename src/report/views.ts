import { excerpt } from '../excerpt.ts';
import type { Analysis, Sentence } from '../types.ts';
import { provenanceMap } from './map.ts';
import { plain, type Style } from './style.ts';

type Article = Pick<Analysis, 'sentences' | 'sources' | 'duplicates' | 'paragraphs'> & { path?: string };

export interface SplitView {
  facts: Array<{ line: number; column: number; text: string; sources: string[] }>;
  unsourced: Array<{ line: number; column: number; text: string; reasons: string[] }>;
  analysis: Array<{ line: number; column: number; text: string; cues: string[] }>;
}

const sourceNames = (s: Sentence) => [
  ...new Set([
    ...s.backing.map((e) =>
      e.type === 'citation' ? `[${(e.refs ?? []).join(', ')}]` : (e.url ?? e.source ?? e.text),
    ),
    ...s.evidence
      .filter((e) => e.type === 'attribution' || e.type === 'anonymous')
      .map((e) => `${e.type === 'anonymous' ? 'unnamed: ' : ''}${e.source ?? e.text}`),
  ]),
];

/** The article separated into reported facts (with sources), unsourced claims and analysis. */
export function splitView(article: Article): SplitView {
  const unbacked = new Set(provenanceMap(article).unbacked);
  const duplicate = new Set(article.duplicates.paragraphs.map((d) => d.paragraph));
  const view: SplitView = { facts: [], unsourced: [], analysis: [] };
  for (const s of article.sentences) {
    if (duplicate.has(s.paragraph)) continue;
    const at = { line: s.start.line, column: s.start.column, text: excerpt(s.text, 400) };
    if (s.kind === 'analysis') {
      view.analysis.push({
        ...at,
        cues: s.reasons.filter((r) => r.startsWith('analysis')).map((r) => r.replace(/^analysis:\s*/, '')),
      });
    } else if (s.kind === 'fact' && unbacked.has(s.index)) {
      view.unsourced.push({
        ...at,
        reasons: s.reasons.filter((r) => r.startsWith('claim')).map((r) => r.replace(/^claim:\s*/, '')),
      });
    } else if (s.kind === 'fact') {
      view.facts.push({ ...at, sources: sourceNames(s) });
    }
  }
  return view;
}

export function formatSplitText(file: string, view: SplitView, style: Style = plain): string {
  const out = [style.underline(file), ''];
  const section = (title: string, rows: string[]) => {
    out.push(style.bold(`${title} (${rows.length})`));
    out.push(...(rows.length ? rows : ['  (none)']), '');
  };
  section(
    'Reported facts',
    view.facts.map(
      (f) =>
        `  ${style.dim(`${f.line}:${f.column}`)} ${f.text}\n      ${style.green(`← ${f.sources.join('; ')}`)}`,
    ),
  );
  section(
    'Unsourced claims',
    view.unsourced.map(
      (f) =>
        `  ${style.dim(`${f.line}:${f.column}`)} ${f.text}\n      ${style.yellow(`needs a source: ${f.reasons.join('; ') || 'claim'}`)}`,
    ),
  );
  section(
    'Analysis',
    view.analysis.map(
      (f) =>
        `  ${style.dim(`${f.line}:${f.column}`)} ${f.text}\n      ${style.blue(`cues: ${f.cues.join('; ') || '—'}`)}`,
    ),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

export function formatSplitMarkdown(file: string, view: SplitView): string {
  const out = [`# ${file}`, ''];
  const section = (title: string, rows: string[]) =>
    out.push(`## ${title}`, '', ...(rows.length ? rows : ['_None._']), '');
  section(
    'Reported facts',
    view.facts.map((f) => `- ${f.text} _(line ${f.line}; ${f.sources.join('; ')})_`),
  );
  section(
    'Unsourced claims',
    view.unsourced.map((f) => `- ${f.text} _(line ${f.line}; ${f.reasons.join('; ') || 'claim'})_`),
  );
  section(
    'Analysis',
    view.analysis.map((f) => `- ${f.text} _(line ${f.line}; ${f.cues.join('; ')})_`),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/** `provenance sources` as text: each source with the sentences it backs; unbacked claims; coverage. */
export function formatSourcesText(file: string, article: Article, style: Style = plain): string {
  const map = provenanceMap(article);
  const at = (i: number) => {
    const s = article.sentences[i] as Sentence;
    return `${style.dim(`${s.start.line}:${s.start.column}`)} ${excerpt(s.text, 100)}`;
  };
  const out = [style.underline(file), '', style.bold(`Sources (${map.sources.length})`)];
  for (const s of map.sources) {
    out.push(
      `  ${style.green(s.key)} ${style.dim(`${s.type}${s.label && s.label !== s.key ? `: ${excerpt(s.label, 80)}` : ''}`)}`,
    );
    for (const i of s.sentences) out.push(`      ${at(i)}`);
  }
  out.push('', style.bold(`Unbacked claims (${map.unbacked.length})`));
  for (const i of map.unbacked) out.push(`  ${at(i)}`);
  if (map.unbacked.length === 0) out.push('  (none)');
  out.push(
    '',
    `Coverage: ${map.backedClaims}/${map.claims} claims backed (${(map.coverage * 100).toFixed(0)}%)`,
  );
  return `${out.join('\n')}\n`;
}

export function sourcesJson(file: string, article: Article): object {
  const map = provenanceMap(article);
  const sentence = (i: number) => {
    const s = article.sentences[i] as Sentence;
    return { line: s.start.line, column: s.start.column, text: s.text };
  };
  return {
    file,
    sources: map.sources.map((s) => ({
      key: s.key,
      type: s.type,
      label: s.label,
      sentences: s.sentences.map(sentence),
    })),
    unbacked: map.unbacked.map(sentence),
    claims: map.claims,
    backedClaims: map.backedClaims,
    coverage: Number(map.coverage.toFixed(4)),
  };
}
