import type { Rule } from './types.ts';

const messages = {
  unused: (id: string, kind: string) =>
    `${kind === 'footnote' ? 'Footnote' : 'Source'} "${id}" is never cited in the text.`,
};

const key = (id: string) => id.toLowerCase();

/** A source-list entry or footnote that nothing cites. */
export const unusedReference: Rule = {
  meta: {
    id: 'unused-reference',
    defaultSeverity: 'warning',
    description: 'A source-list entry or footnote that no marker cites.',
    help: 'Cite the source where it is used, or remove it from the list.',
  },
  check({ analysis, report }) {
    const cited = new Set<string>();
    for (const s of analysis.sentences)
      for (const e of s.evidence) for (const id of e.refs ?? []) cited.add(key(id));
    for (const entry of analysis.sources) {
      // Link definitions are used by their links; only numbered lists and footnotes are cited by marker.
      if (entry.kind === 'definition' && !/^\d+$/.test(entry.id)) continue;
      if (cited.has(key(entry.id))) continue;
      report({
        start: entry.start.offset,
        end: entry.end.offset,
        message: messages.unused(entry.id, entry.kind),
      });
    }
  },
};
