import { flattenWhitespace, hasWords } from './prose.ts';
import { isSourceHeading, sourceListEntry } from './source-list.ts';
import type { Block, ParsedDocument, RegistryEntry } from './types.ts';

const blankLine = /\n[ \t]*(?:\r?\n[ \t]*)*\n|\r\n[ \t]*(?:\r?\n[ \t]*)*\r?\n/g;
const entryLine = /^[ \t]*(?:\[\d{1,4}\]|\d{1,4}[.)])[ \t]+\S/;
const bracketLine = /^[ \t]*\[\d{1,4}\][ \t]+\S/;

/**
 * Parses plain text: paragraphs are separated by blank lines. A paragraph that is only "Sources:" (or
 * "References", "Notes") opens a source list; its numbered lines (`[1] …`, `1. …`) become registry entries.
 */
export function parseText(source: string): ParsedDocument {
  const blocks: Block[] = [];
  const registry: RegistryEntry[] = [];
  let inSources = false;
  let from = 0;
  const spans: Array<[number, number]> = [];
  for (const m of source.matchAll(blankLine)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  spans.push([from, source.length]);

  for (const [rawStart, rawEnd] of spans) {
    const raw = source.slice(rawStart, rawEnd);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = rawStart + lead;
    const end = start + body.length;
    const lines = body.split(/\r?\n/);
    const first = lines[0] ?? '';
    if (isSourceHeading(first)) {
      inSources = true;
      if (lines.length === 1) continue;
    }
    // Without a heading, only a paragraph made of "[n] …" lines is a source list: "1. …" lines are an
    // ordinary numbered list there.
    if (inSources || lines.every((l) => bracketLine.test(l))) {
      for (const m of body.matchAll(/[^\r\n]+/g)) {
        const line = m[0];
        const entry = isSourceHeading(line) ? undefined : sourceListEntry(line, registry.length + 1);
        if (entry && entryLine.test(line)) {
          registry.push({
            start: start + m.index,
            end: start + m.index + line.length,
            kind: 'list',
            ...entry,
          });
        }
      }
      continue;
    }
    const prose = flattenWhitespace(body);
    if (!hasWords(prose)) continue;
    blocks.push({ start, end, type: 'paragraph', prose, sources: [], inlines: [] });
  }
  return { blocks, registry, comments: [] };
}
