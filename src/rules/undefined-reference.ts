import type { Rule } from './types.ts';

const messages = {
  undefined: (marker: string, id: string) =>
    `${marker} cites "${id}", which is not in the article's sources or footnotes.`,
};

const key = (id: string) => id.toLowerCase();

/** A marker with no matching entry in the article's source list or footnotes. */
export const undefinedReference: Rule = {
  meta: {
    id: 'undefined-reference',
    defaultSeverity: 'error',
    description: 'A citation marker with no matching source-list entry or footnote.',
    help: 'Add the missing entry to the source list, or fix the marker.',
  },
  check({ analysis, report }) {
    const numbered = analysis.sources.filter((s) => !s.id.startsWith('^'));
    const footnotes = analysis.sources.filter((s) => s.id.startsWith('^'));
    const known = new Set(analysis.sources.map((s) => key(s.id)));
    for (const s of analysis.sentences) {
      for (const e of s.evidence) {
        if (e.type !== 'citation' || e.url) continue;
        for (const id of e.refs ?? []) {
          // Without any list of the kind the marker points into, markers are opaque: nothing to check.
          const pool = id.startsWith('^') ? footnotes : numbered;
          if (pool.length === 0 || known.has(key(id))) continue;
          report({
            start: e.start.offset,
            end: e.end.offset,
            message: messages.undefined(e.text.trim(), id),
            evidence: s.text.replace(/\s+/g, ' ').slice(0, 160),
          });
        }
      }
    }
  },
};
