import { excerpt } from '../excerpt.ts';
import { createHash } from '../lazy.ts';
import type { RuleMeta } from '../rules/types.ts';
import type { Analysis, Evidence, Finding, Paragraph, Sentence, Severity } from '../types.ts';
import {
  backingOf,
  classify,
  coverage,
  duplicateParagraphs,
  placeFindings,
  type SentenceClass,
  sentenceClasses,
  sentencesOf,
  sourceGroups,
} from './html-model.ts';
import { reportScript } from './html-script.ts';
import { reportStyle } from './html-style.ts';
import type { FileResult } from './types.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

// The policy lets only this exact script run and loads nothing from anywhere: even text that escaped
// escaping could neither run nor call out.
let policy: string | undefined;

/** The page's content security policy: only our own script runs (hashed on first use). */
function contentPolicy(): string {
  policy ??= `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(reportScript).digest('base64')}'; base-uri 'none'; form-action 'none'`;
  return policy;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LABEL = new Map(sentenceClasses.map((entry) => [entry.name, entry]));

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityCounts(findings: Finding[]): string {
  const parts = SEVERITIES.map((severity) => {
    const count = findings.filter((finding) => finding.severity === severity).length;
    if (count === 0) return '';
    return severity === 'info' ? `${count} info` : plural(count, severity);
  }).filter(Boolean);
  return parts.length ? `${plural(findings.length, 'finding')} (${parts.join(', ')})` : 'no findings';
}

function percent(backed: number, claims: number): number {
  return Math.round((backed / claims) * 100);
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Everything one file's section needs, worked out once. */
interface FileContext {
  id: string;
  analysis: Analysis;
  source?: string;
  duplicates: Set<number>;
  bySentence: Map<number, Finding[]>;
  rules: Map<string, RuleMeta>;
}

function evidenceLine(evidence: Evidence): string {
  const who = evidence.source && evidence.source !== evidence.text ? ` (${evidence.source})` : '';
  const where = evidence.url ? ` → ${evidence.url}` : '';
  return `${evidence.type}: ${evidence.text}${who}${where}`;
}

function sentenceTitle(sentence: Sentence, name: SentenceClass, findings: Finding[]): string {
  const lines = [
    `${LABEL.get(name)?.label ?? name} — ${sentence.kind}${sentence.claim ? ', claim' : ''} (line ${sentence.start.line})`,
  ];
  for (const finding of findings) lines.push(`${finding.severity} ${finding.ruleId}: ${finding.message}`);
  const backing = backingOf(sentence);
  lines.push(backing.length ? `Backed by: ${backing.map(evidenceLine).join('; ')}` : 'Backed by: nothing');
  return lines.join('\n');
}

function renderDetail(
  context: FileContext,
  sentence: Sentence,
  name: SentenceClass,
  findings: Finding[],
): string {
  const meaning = LABEL.get(name);
  const parts = [
    `<p class="meta">Line ${sentence.start.line}, column ${sentence.start.column} · ${escapeHtml(sentence.kind)}${sentence.claim ? ' · claim' : ''}</p>`,
    `<blockquote>${escapeHtml(sentence.text)}</blockquote>`,
    `<p><span class="s ${name}">${escapeHtml(meaning?.label ?? name)}</span> ${escapeHtml(meaning?.meaning ?? '')}</p>`,
  ];
  if (findings.length) {
    const items = findings.map((finding) => {
      const help = context.rules.get(finding.ruleId)?.help;
      const related = (finding.related ?? []).map(
        (place) => `<br>see line ${place.line}, column ${place.column}: ${escapeHtml(place.message)}`,
      );
      return `<li><span class="sev ${finding.severity}">${finding.severity}</span> <code>${escapeHtml(finding.ruleId)}</code> ${escapeHtml(finding.message)}${related.join('')}${help ? `<br><em>${escapeHtml(help)}</em>` : ''}</li>`;
    });
    parts.push(`<h4>Findings</h4><ul class="detail-findings">${items.join('')}</ul>`);
  }
  const backing = backingOf(sentence);
  parts.push(
    backing.length
      ? `<h4>Backed by</h4><ul class="detail-backing">${backing
          .map(
            (evidence) =>
              `<li><span class="tag">${evidence.type}</span>${escapeHtml(evidence.text)}${evidence.source && evidence.source !== evidence.text ? ` (${escapeHtml(evidence.source)})` : ''}${evidence.url ? ` → ${escapeHtml(evidence.url)}` : ''}</li>`,
          )
          .join('')}</ul>`
      : '<h4>Backed by</h4><p class="detail-backing">Nothing backs this sentence.</p>',
  );
  if (sentence.reasons.length) {
    parts.push(
      `<h4>Why</h4><ul>${sentence.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`,
    );
  }
  return `<template id="${context.id}-d${sentence.index}">${parts.join('')}</template>`;
}

function renderSentence(context: FileContext, sentence: Sentence): string {
  const name = classify(sentence, context.duplicates);
  const findings = context.bySentence.get(sentence.index) ?? [];
  const classes = ['s', name];
  if (findings.length) {
    const worst = SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity));
    classes.push('flagged', `sev-${worst}`);
  }
  const attributes = [
    `class="${classes.join(' ')}"`,
    `id="${context.id}-s${sentence.index}"`,
    'tabindex="0"',
    'role="button"',
    `data-kind="${escapeHtml(sentence.kind)}"`,
    `data-claim="${sentence.claim}"`,
    `data-backed="${backingOf(sentence).length > 0}"`,
    `data-detail="${context.id}-d${sentence.index}"`,
    ...(findings.length ? [`data-flag="${findings.length}"`] : []),
    `title="${escapeHtml(sentenceTitle(sentence, name, findings))}"`,
  ];
  return `<span ${attributes.join(' ')}>${escapeHtml(sentence.text)}</span>`;
}

/** The file text between two offsets, when the analysis's offsets agree with the given source. */
function between(context: FileContext, from: number, to: number, trusted: boolean): string | undefined {
  const { source } = context;
  if (!trusted || source === undefined || from < 0 || to < from || to > source.length) return undefined;
  return source.slice(from, to);
}

function renderGap(text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  if (text.trim() === '') return text === '' ? '' : ' ';
  return `<span class="gap">${escapeHtml(text.replace(/\s+/g, ' '))}</span>`;
}

function renderParagraph(context: FileContext, paragraph: Paragraph): string {
  const sentences = sentencesOf(context.analysis, paragraph);
  const classes = ['para', paragraph.type];
  if (paragraph.sourceList) classes.push('source-list');
  if (context.duplicates.has(paragraph.index)) classes.push('duplicate');
  const heading =
    paragraph.type === 'heading' ? ` role="heading" aria-level="${(paragraph.depth ?? 1) + 2}"` : '';
  const open = `<p class="${classes.join(' ')}" id="${context.id}-p${paragraph.index}" data-paragraph="${paragraph.index}" data-line="${paragraph.start.line}"${heading}>`;
  if (sentences.length === 0) return `${open}${escapeHtml(paragraph.text)}</p>`;
  // Text between sentences (markers, Markdown syntax) comes from the file only when the sentences are
  // verbatim slices of it; otherwise sentences are joined by a space.
  const trusted = sentences.every(
    (sentence) => context.source?.slice(sentence.start.offset, sentence.end.offset) === sentence.text,
  );
  let inner = '';
  let cursor = paragraph.start.offset;
  for (const [i, sentence] of sentences.entries()) {
    inner += renderGap(between(context, cursor, sentence.start.offset, trusted), i === 0 ? '' : ' ');
    inner += renderSentence(context, sentence);
    cursor = sentence.end.offset;
  }
  inner += renderGap(between(context, cursor, paragraph.end.offset, trusted), '').trimEnd();
  return `${open}${inner}</p>`;
}

function sentenceLink(context: FileContext, sentence: Sentence): string {
  return `<a href="#${context.id}-s${sentence.index}">line ${sentence.start.line}</a> ${escapeHtml(excerpt(sentence.text, 110))}`;
}

function renderMap(context: FileContext): string {
  const { analysis } = context;
  const groups = sourceGroups(analysis);
  const entries = groups.map((group) => {
    const detail = group.detail && group.detail !== group.label ? group.detail : undefined;
    const link =
      group.url && isWebUrl(group.url)
        ? ` <a class="detail" href="${escapeHtml(group.url)}" rel="noopener noreferrer">${escapeHtml(detail ?? group.url)}</a>`
        : detail
          ? ` <span class="detail">${escapeHtml(detail)}</span>`
          : '';
    const items = group.sentences
      .map((index) => analysis.sentences[index])
      .filter((sentence): sentence is Sentence => sentence !== undefined)
      .map((sentence) => `<dd>${sentenceLink(context, sentence)}</dd>`);
    return `<dt><span class="tag">${group.type}</span>${escapeHtml(group.label)}${link}</dt>${items.join('')}`;
  });
  const unbacked = analysis.sentences.filter(
    (sentence) => sentence.kind === 'fact' && sentence.claim && backingOf(sentence).length === 0,
  );
  if (unbacked.length) {
    entries.push(
      `<dt class="unbacked"><span class="tag">none</span>Claims nothing backs</dt>${unbacked
        .map((sentence) => `<dd>${sentenceLink(context, sentence)}</dd>`)
        .join('')}`,
    );
  }
  const body = entries.length
    ? `<dl>${entries.join('')}</dl>`
    : '<p class="meta">No sources and no claims.</p>';
  return `<section class="map"><h3>Provenance map</h3>${body}</section>`;
}

function renderCoverage(analysis: Analysis): string {
  const { claims, backed } = coverage(analysis);
  if (claims === 0) return '<div class="coverage"><span>Coverage</span><strong>no claims</strong></div>';
  const share = percent(backed, claims);
  return `<div class="coverage" data-backed="${backed}" data-claims="${claims}"><span>Coverage</span><meter min="0" max="${claims}" low="${claims * 0.6}" high="${claims * 0.9}" optimum="${claims}" value="${backed}">${share}%</meter><strong>${share}%</strong><span>${backed} of ${plural(claims, 'claim')} backed</span></div>`;
}

function renderFindings(context: FileContext | undefined, findings: Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map((finding) => {
    let first: number | undefined;
    if (context) {
      for (const [index, list] of context.bySentence) {
        if (list.includes(finding) && (first === undefined || index < first)) first = index;
      }
    }
    const position = `${finding.line}:${finding.column}`;
    const where =
      context && first !== undefined ? `<a href="#${context.id}-s${first}">${position}</a>` : position;
    return `<tr><td>${where}</td><td class="sev ${finding.severity}">${finding.severity}</td><td><code>${escapeHtml(finding.ruleId)}</code></td><td>${escapeHtml(finding.message)}</td></tr>`;
  });
  return `<section class="findings"><h3>Findings</h3><table><thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function renderFile(result: FileResult, index: number, rules: Map<string, RuleMeta>): string {
  const id = `f${index}`;
  const heading = `<h2>${escapeHtml(result.file)}</h2>`;
  const { analysis } = result;
  if (!analysis) {
    return `<section class="file" id="${id}">${heading}<p class="meta">${severityCounts(result.findings)}. The article text is not in this report.</p>${renderFindings(undefined, result.findings)}</section>`;
  }
  const { bySentence } = placeFindings(analysis, result.findings);
  const context: FileContext = {
    id,
    analysis,
    ...(result.source === undefined ? {} : { source: result.source }),
    duplicates: duplicateParagraphs(analysis, result.findings),
    bySentence,
    rules,
  };
  const paragraphs = analysis.paragraphs.map((paragraph) => renderParagraph(context, paragraph));
  const details = analysis.sentences.map((sentence) =>
    renderDetail(
      context,
      sentence,
      classify(sentence, context.duplicates),
      bySentence.get(sentence.index) ?? [],
    ),
  );
  const meta = `<p class="meta">${plural(analysis.sentences.length, 'sentence')} · ${severityCounts(result.findings)}</p>`;
  return `<section class="file" id="${id}">${heading}${meta}${renderCoverage(analysis)}<article>${paragraphs.join('\n')}</article>${renderMap(context)}${renderFindings(context, result.findings)}${details.join('')}</section>`;
}

function renderLegend(): string {
  const items = sentenceClasses.map(
    (entry) =>
      `<li><span class="s ${entry.name}">${escapeHtml(entry.label)}</span> ${escapeHtml(entry.meaning)}</li>`,
  );
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

/**
 * Renders one self-contained HTML page (inline style and script, nothing fetched) that shows each
 * article sentence by sentence, marked by what backs it, with its findings on hover and click, the
 * provenance map, and the share of claims that something backs.
 */
export function formatHtml(results: readonly FileResult[], rules: readonly RuleMeta[]): string {
  const ruleMap = new Map(rules.map((rule) => [rule.id, rule]));
  const findings = results.flatMap((result) => result.findings);
  let claims = 0;
  let backed = 0;
  for (const result of results) {
    if (!result.analysis) continue;
    const counts = coverage(result.analysis);
    claims += counts.claims;
    backed += counts.backed;
  }
  const share = claims ? `${percent(backed, claims)}% of ${plural(claims, 'claim')} backed` : 'no claims';
  const only = results.length === 1 ? results[0] : undefined;
  const title = only ? `Provenance: ${only.file}` : `Provenance: ${plural(results.length, 'file')}`;
  const summary = `${plural(results.length, 'file')} · ${severityCounts(findings)} · ${share}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentPolicy()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fact-provenance">
<title>${escapeHtml(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<header class="report"><h1>Provenance report</h1><p class="summary">${summary}</p>${renderLegend()}</header>
<main>
${results.map((result, i) => renderFile(result, i, ruleMap)).join('\n')}
</main>
<aside id="panel" class="panel" role="dialog" aria-label="Sentence details" hidden><button type="button" class="close" aria-label="Close">×</button><div id="panel-body"></div></aside>
<script>${reportScript}</script>
</body>
</html>
`;
}
