import { isAttributed } from '../evidence/backed.ts';
import type { Analysis, Evidence, Finding, Paragraph, Position, Sentence, SourceEntry } from '../types.ts';
import { provenanceMap } from './map.ts';

/** How the HTML report marks a sentence, by what backs it (one class a sentence). */
export type SentenceClass =
  | 'duplicate'
  | 'analysis'
  | 'cited'
  | 'attributed'
  | 'anonymous'
  | 'unsourced'
  | 'other';

/** The classes in legend order, each with the words the legend shows. */
export const sentenceClasses: readonly { name: SentenceClass; label: string; meaning: string }[] = [
  { name: 'cited', label: 'Cited', meaning: 'a citation marker or link backs it' },
  { name: 'attributed', label: 'Attributed', meaning: 'a named speaker or document is credited' },
  { name: 'anonymous', label: 'Anonymous', meaning: 'only an unnamed source is credited' },
  { name: 'unsourced', label: 'Unsourced claim', meaning: 'a claim that nothing backs' },
  { name: 'analysis', label: 'Analysis', meaning: "the writer's interpretation, judgment or prediction" },
  { name: 'duplicate', label: 'Duplicate', meaning: 'its paragraph repeats an earlier one' },
  { name: 'other', label: 'Other', meaning: 'needs no source (headings, questions, plain statements)' },
];

const DUPLICATE_PARAGRAPH = 'duplicate-paragraph';

/** Evidence types that name where a sentence comes from (a quote alone does not). */
const BACKING_TYPES = new Set(['citation', 'link', 'attribution', 'anonymous']);

function before(a: Pick<Position, 'line' | 'column'>, b: Pick<Position, 'line' | 'column'>): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** True when the finding's range touches the span; an empty range touches the span it sits in. */
function touches(finding: Finding, start: Position, end: Position): boolean {
  const from = { line: finding.line, column: finding.column };
  const to = { line: finding.endLine, column: finding.endColumn };
  if (!before(from, to)) return !before(from, start) && before(from, end);
  return before(from, end) && before(start, to);
}

/** The paragraphs that a `duplicate-paragraph` finding reports (only the copies, not the originals). */
export function duplicateParagraphs(analysis: Analysis, findings: Finding[]): Set<number> {
  const reported = findings.filter((finding) => finding.ruleId === DUPLICATE_PARAGRAPH);
  const result = new Set<number>();
  for (const paragraph of analysis.paragraphs) {
    if (reported.some((finding) => touches(finding, paragraph.start, paragraph.end)))
      result.add(paragraph.index);
  }
  return result;
}

/** Places findings on the sentences they cover; findings that cover no sentence are returned apart. */
export function placeFindings(
  analysis: Analysis,
  findings: Finding[],
): { bySentence: Map<number, Finding[]>; unplaced: Finding[] } {
  const bySentence = new Map<number, Finding[]>();
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const covered = analysis.sentences.filter((sentence) => touches(finding, sentence.start, sentence.end));
    if (covered.length === 0) unplaced.push(finding);
    for (const sentence of covered) {
      const list = bySentence.get(sentence.index) ?? [];
      list.push(finding);
      bySentence.set(sentence.index, list);
    }
  }
  return { bySentence, unplaced };
}

/** Everything that backs a sentence: its scope's citations and links, and its own evidence, once each. */
export function backingOf(sentence: Sentence): Evidence[] {
  const seen = new Set<string>();
  const result: Evidence[] = [];
  for (const evidence of [...sentence.backing, ...sentence.evidence]) {
    if (!BACKING_TYPES.has(evidence.type)) continue;
    const key = `${evidence.type}@${evidence.start.offset}:${evidence.end.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(evidence);
  }
  return result;
}

/** The one class the report gives a sentence; a duplicate copy and the writer's analysis come first. */
export function classify(sentence: Sentence, duplicates: Set<number>): SentenceClass {
  if (duplicates.has(sentence.paragraph)) return 'duplicate';
  if (sentence.kind === 'analysis') return 'analysis';
  const backing = backingOf(sentence);
  if (backing.some((e) => e.type === 'citation' || e.type === 'link')) return 'cited';
  if (backing.some((e) => e.type === 'attribution')) return 'attributed';
  if (backing.some((e) => e.type === 'anonymous')) return 'anonymous';
  // Credited without evidence of its own: a quotation credited next to it, a first-hand account.
  if (isAttributed(sentence)) return 'attributed';
  if (sentence.kind === 'fact' && sentence.claim) return 'unsourced';
  return 'other';
}

/** Claims, and how many of them something backs: the same figure as `provenance sources`. */
export function coverage(analysis: Analysis): { claims: number; backed: number } {
  const map = provenanceMap(analysis);
  return { claims: map.claims, backed: map.backedClaims };
}

/** One source of the provenance map and the sentences it backs. */
export interface SourceGroup {
  key: string;
  type: Evidence['type'];
  /** What the article shows: `[1]`, the link text, "Rutte". */
  label: string;
  /** The source-list entry or link target, where known. */
  detail?: string;
  url?: string;
  sentences: number[];
}

function findEntry(sources: SourceEntry[], ref: string): SourceEntry | undefined {
  const bare = ref.replace(/^\^/, '');
  return sources.find((entry) => entry.id === ref || entry.id === bare);
}

/** Keys an evidence by the source it names: each cited id, the link target, or the credited name. */
function keysOf(evidence: Evidence, sources: SourceEntry[]): Omit<SourceGroup, 'sentences'>[] {
  if (evidence.type === 'citation' && evidence.refs?.length) {
    return evidence.refs.map((ref) => {
      const entry = findEntry(sources, ref);
      const url = entry?.url;
      return {
        key: `ref:${ref}`,
        type: 'citation',
        label: `[${ref}]`,
        ...(entry ? { detail: entry.text } : {}),
        ...(url ? { url } : {}),
      };
    });
  }
  if (evidence.url) {
    return [
      {
        key: `url:${evidence.url}`,
        type: evidence.type,
        label: evidence.source ?? evidence.text,
        detail: evidence.url,
        url: evidence.url,
      },
    ];
  }
  const name = evidence.source ?? evidence.text;
  return [{ key: `${evidence.type}:${name.toLowerCase()}`, type: evidence.type, label: name }];
}

/** The provenance map: each source, in order of first use, with the sentences it backs. */
export function sourceGroups(analysis: Analysis): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const sentence of analysis.sentences) {
    for (const evidence of backingOf(sentence)) {
      for (const key of keysOf(evidence, analysis.sources)) {
        const group = groups.get(key.key) ?? { ...key, sentences: [] };
        if (!group.sentences.includes(sentence.index)) group.sentences.push(sentence.index);
        groups.set(key.key, group);
      }
    }
  }
  return [...groups.values()];
}

/** The sentences of a paragraph, in order, skipping indices the analysis does not hold. */
export function sentencesOf(analysis: Analysis, paragraph: Paragraph): Sentence[] {
  return paragraph.sentences
    .map((index) => analysis.sentences[index])
    .filter((sentence): sentence is Sentence => sentence !== undefined);
}
