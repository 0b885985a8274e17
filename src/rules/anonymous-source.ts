import { duplicatedParagraphs } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  anonymous: (who: string) => `Unnamed source "${who}": say why the source is not named, or name it.`,
  pluralOneCitation: (who: string, marker: string) =>
    `Unnamed plural source "${who}" backed by a single citation ${marker}: is there more than one source?`,
};

/** An unnamed source; a plural "sources" backed by one citation. */
export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    defaultSeverity: 'info',
    description: 'An unnamed source ("officials said", "people familiar with the matter").',
    help: 'Name the source, or explain why it cannot be named; check the count of sources behind a plural.',
  },
  check({ analysis, report }) {
    const skip = duplicatedParagraphs(analysis);
    for (const s of analysis.sentences) {
      if (skip.has(s.paragraph)) continue;
      for (const e of s.evidence) {
        if (e.type !== 'anonymous') continue;
        const who = (e.source ?? e.text).trim();
        const citations = s.backing.filter((b) => b.type === 'citation');
        const ids = new Set(citations.flatMap((c) => c.refs ?? []));
        const message =
          e.plural && ids.size === 1
            ? messages.pluralOneCitation(who, citations.map((c) => c.text.trim()).join(' '))
            : messages.anonymous(who);
        report({
          start: e.start.offset,
          end: e.end.offset,
          message,
          evidence: s.text.replace(/\s+/g, ' ').slice(0, 160),
        });
      }
    }
  },
};
