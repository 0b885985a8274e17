import { analysisReasons, duplicatedParagraphs } from './helpers.ts';
import type { Rule } from './types.ts';

const messages = {
  mixed: (cues: string[]) =>
    `Analysis inside a paragraph of reported fact${cues.length ? ` (${cues.slice(0, 2).join('; ')})` : ''}: attribute it or move it to an analysis paragraph.`,
};

/** An analysis sentence inside a paragraph that otherwise reports fact. */
export const mixedAnalysis: Rule = {
  meta: {
    id: 'mixed-analysis',
    defaultSeverity: 'warning',
    description: "The writer's analysis mixed into a paragraph of reported fact.",
    help: 'Attribute the interpretation to a source, or move it into a paragraph of analysis.',
  },
  check({ analysis, report }) {
    const skip = duplicatedParagraphs(analysis);
    for (const p of analysis.paragraphs) {
      if (skip.has(p.index)) continue;
      const members = p.sentences.map((i) => analysis.sentences[i]).filter((s) => s !== undefined);
      if (!members.some((s) => s.kind === 'fact')) continue;
      for (const s of members) {
        if (s.kind !== 'analysis') continue;
        // A sentence that carries its own citation or link reports what that source says; when the
        // interpretation is the writer's, cited-analysis says so. One problem, one finding.
        if (s.evidence.some((e) => e.type === 'citation' || e.type === 'link')) continue;
        report({ start: s.start.offset, end: s.end.offset, message: messages.mixed(analysisReasons(s)) });
      }
    }
  },
};
