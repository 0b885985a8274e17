import { isAttribution, isBacked } from '../evidence/backed.ts';
import type { Analysis, Evidence } from '../types.ts';

export interface MapSource {
  /** `[1]`, `[^a]`, a URL, or the credited name. */
  key: string;
  type: Evidence['type'];
  /** The registry entry's text, the link text or the credited name. */
  label: string;
  sentences: number[];
}

export interface ProvenanceMap {
  sources: MapSource[];
  /** Claims that nothing backs. */
  unbacked: number[];
  claims: number;
  backedClaims: number;
  /** backedClaims / claims (1 when there are no claims). */
  coverage: number;
}

function keysOf(e: Evidence, registry: Analysis['sources']): Array<{ key: string; label: string }> {
  if (e.type === 'citation') {
    return (e.refs ?? []).map((id) => ({
      key: `[${id}]`,
      label: registry.find((r) => r.id.toLowerCase() === id.toLowerCase())?.text ?? e.url ?? '',
    }));
  }
  if (e.type === 'link') return [{ key: e.url ?? e.source ?? e.text, label: e.source ?? e.text }];
  return [{ key: e.source ?? e.text, label: e.cue ?? '' }];
}

/** Each source and the sentences it backs; the claims nothing backs; the coverage figure. */
export function provenanceMap(
  analysis: Pick<Analysis, 'sentences' | 'sources' | 'duplicates'>,
): ProvenanceMap {
  // Sentences of a repeated paragraph are reported as the duplicate, not counted again as claims.
  const repeated = new Set(analysis.duplicates.paragraphs.map((d) => d.paragraph));
  const byKey = new Map<string, MapSource>();
  const add = (e: Evidence, sentence: number) => {
    for (const { key, label } of keysOf(e, analysis.sources)) {
      const id = `${e.type}\u0000${key}`;
      let entry = byKey.get(id);
      if (!entry) {
        entry = { key, type: e.type, label, sentences: [] };
        byKey.set(id, entry);
      }
      if (!entry.sentences.includes(sentence)) entry.sentences.push(sentence);
    }
  };
  for (const s of analysis.sentences) {
    for (const e of s.backing) add(e, s.index);
    for (const e of s.evidence) if (isAttribution(e)) add(e, s.index);
  }
  const claims = analysis.sentences.filter((s) => s.claim && s.kind === 'fact' && !repeated.has(s.paragraph));
  const unbacked = claims.filter((s) => !isBacked(s)).map((s) => s.index);
  const backedClaims = claims.length - unbacked.length;
  return {
    sources: [...byKey.values()],
    unbacked,
    claims: claims.length,
    backedClaims,
    coverage: claims.length === 0 ? 1 : backedClaims / claims.length,
  };
}
