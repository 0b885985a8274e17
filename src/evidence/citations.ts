import type { Span } from '../types.ts';
import { outlets } from './outlets.ts';

/** A citation marker in prose: `[1]`, `[1, 2]`, `[1-3]`, `[^a]`, `¹²`. */
export interface CitationMatch extends Span {
  refs: string[];
}

// `[1]`, `[1, 2]`, `[1,2]`, `[1-3]`, `[1–3]`; `[^label]`. Brackets of links are masked before this runs.
const bracketMarker = /\[(\d{1,4}(?:\s*[,;–—-]\s*\d{1,4})*|\^[^\]\s]{1,64})\]/g;
// Superscript digits count as a marker after punctuation, a closing quote, or a word of three letters or
// more: "km²" and "m³" are units, "Iran²" is a marker.
const superscript = /(?<=[.,;:!?"”’)\]]|\p{L}{3})[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[\s.,;:!?)”"]|$)/gu;
const superDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Expands `1-3` to 1, 2, 3 (at most 50 ids, so `[1-9999]` cannot explode). */
function expand(list: string): string[] {
  if (list.startsWith('^')) return [list];
  const ids: string[] = [];
  for (const part of list.split(/\s*[,;]\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to >= from && to - from < 50) for (let n = from; n <= to; n++) ids.push(String(n));
      else ids.push(String(from), String(to));
    } else if (part !== '') ids.push(String(Number(part)));
  }
  return ids;
}

/** Finds citation markers in a prose view (markup already masked). */
export function findCitations(prose: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  if (prose.includes('[')) {
    for (const m of prose.matchAll(bracketMarker)) {
      found.push({ start: m.index, end: m.index + m[0].length, refs: expand(m[1] as string) });
    }
  }
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(prose)) {
    for (const m of prose.matchAll(superscript)) {
      const id = [...m[0]].map((c) => superDigits.indexOf(c)).join('');
      found.push({ start: m.index, end: m.index + m[0].length, refs: [String(Number(id))] });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

const outletPattern = new RegExp(
  `\\((${outlets.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\)`,
  'gi',
);

/** Finds outlet credits such as "(AP)" or "(Reuters)" in a prose view. */
export function findCredits(prose: string): Array<Span & { outlet: string }> {
  if (!prose.includes('(')) return [];
  return [...prose.matchAll(outletPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    outlet: m[1] as string,
  }));
}

const bareUrl = /\bhttps?:\/\/[^\s<>()"'\]]+[^\s<>()"'\].,;:!?]/g;

/** Finds bare URLs written in prose. */
export function findBareUrls(prose: string): Array<Span & { url: string }> {
  if (!prose.includes('://')) return [];
  return [...prose.matchAll(bareUrl)].map((m) => ({ start: m.index, end: m.index + m[0].length, url: m[0] }));
}

// `[text][label]` and `[text][]` whose definition lives outside the file (a site-wide include): the
// parser leaves them as text, but the writer linked a source. `[1][2]` is two citation markers instead.
const referenceLink = /\[([^[\]\n]{1,300})\]\[([^[\]\n]{0,100})\]/g;

/** Reference-style links left unresolved by the parser, with the span of their visible text. */
export function findReferenceLinks(prose: string): Array<Span & { text: Span; label: string }> {
  if (!prose.includes('][')) return [];
  const found: Array<Span & { text: Span; label: string }> = [];
  for (const m of prose.matchAll(referenceLink)) {
    const text = m[1] as string;
    if (/^(\d{1,4}|\^.*)$/.test(text.trim())) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: { start: m.index + 1, end: m.index + 1 + text.length },
      label: (m[2] as string) || text,
    });
  }
  return found;
}
