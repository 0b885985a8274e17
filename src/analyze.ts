import { classifySentence } from './classify/index.ts';
import { frontMatterOptions } from './config/front-matter.ts';
import { applyOptions } from './config/resolve.ts';
import { type Config, defaultConfig, type UserConfig } from './config/types.ts';
import { findDuplicates } from './duplicates/index.ts';
import { findAttributions, findQuotes } from './evidence/attribution.ts';
import { findBareUrls, findCitations, findCredits, findReferenceLinks } from './evidence/citations.ts';
import { backingByScope } from './evidence/scope.ts';
import { excerpt } from './excerpt.ts';
import { guardNesting } from './parse/guard.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { LineIndex } from './parse/positions.ts';
import { hasWords, maskAll } from './parse/prose.ts';
import { parseText } from './parse/text.ts';
import type { Block, InlineSource, ParsedDocument } from './parse/types.ts';
import { runRules } from './rules/engine.ts';
import { splitSentences } from './segment/index.ts';
import type { Analysis, Evidence, Paragraph, Sentence, SourceEntry, Span } from './types.ts';

export interface AnalyzeOptions {
  /** Used in findings and to choose the format by extension. */
  path?: string;
  /** `markdown` for `.md`/`.markdown`, `text` otherwise (and when there is no path). */
  format?: 'markdown' | 'text';
  /** Settings over the defaults; front matter `provenance:` keys apply over these. */
  config?: UserConfig | Config;
  /** Report `provenance-disable…` comments that suppressed nothing (as `unused-disable-directive`). */
  reportUnusedDirectives?: boolean;
}

/** Internal view of a sentence while the article is analysed. */
interface Draft extends Span {
  block: number;
  /** Prose with markup, markers and credits masked: what classification reads. */
  clean: string;
  sources: InlineSource[];
}

/** The whole file as prose: block prose views in place, everything else blank. Built on first use. */
function proseView(source: string, doc: ParsedDocument & { view?: string }): string {
  if (doc.view === undefined) {
    const parts: string[] = [];
    let at = 0;
    for (const block of doc.blocks) {
      parts.push(' '.repeat(Math.max(0, block.start - at)), block.prose);
      at = block.end;
    }
    parts.push(' '.repeat(Math.max(0, source.length - at)));
    doc.view = parts.join('');
  }
  return doc.view;
}

/** Picks the format from a path's extension. */
export function formatFor(path: string | undefined): 'markdown' | 'text' {
  return path && /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'text';
}

/** Fills a partial configuration with the defaults. */
export function withDefaults(user: UserConfig | Config | undefined): Config {
  if (!user) return defaultConfig;
  return {
    ...defaultConfig,
    ...(user as Partial<Config>),
    rules: { ...defaultConfig.rules, ...(user.rules ?? {}) },
    duplicates: { ...defaultConfig.duplicates, ...(user.duplicates ?? {}) },
  } as Config;
}

function dedupe(sources: InlineSource[]): InlineSource[] {
  sources.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: InlineSource[] = [];
  for (const s of sources) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Everything the parser and the prose scanners find that can back a block's sentences. */
function blockSources(block: Block): InlineSource[] {
  const at = (s: Span) => ({ start: block.start + s.start, end: block.start + s.end });
  const found: InlineSource[] = [...block.sources];
  for (const c of findCitations(block.prose)) found.push({ ...at(c), type: 'citation', refs: c.refs });
  for (const c of findCredits(block.prose)) found.push({ ...at(c), type: 'link', label: c.outlet });
  for (const u of findBareUrls(block.prose)) found.push({ ...at(u), type: 'link', url: u.url });
  for (const r of findReferenceLinks(block.prose)) {
    found.push({
      ...at(r),
      type: 'link',
      label: block.prose.slice(r.text.start, r.text.end),
      visible: at(r.text),
    });
  }
  return dedupe(found);
}

/** Moves a sentence edge that falls inside inline syntax (a link, emphasis) out to the syntax's edge. */
function snap(span: Span, block: Block): Span {
  let { start, end } = span;
  for (let changed = true; changed; ) {
    changed = false;
    for (const inline of block.inlines) {
      if (inline.start < start && start < inline.end) {
        start = inline.start;
        changed = true;
      }
      if (inline.start < end && end < inline.end) {
        end = inline.end;
        changed = true;
      }
    }
  }
  return { start, end };
}

/** Splits each block into sentences, attaching the block's sources to the sentence they follow or sit in. */
function draftSentences(doc: ParsedDocument): Draft[] {
  const drafts: Draft[] = [];
  doc.blocks.forEach((block, b) => {
    const sources = blockSources(block);
    // Markers and credits hidden from classification; link text is prose and stays.
    const hidden = sources
      .filter(
        (s) => s.type === 'citation' || !s.label || /^\(.*\)$/.test(s.label.trim()) || s.url === s.label,
      )
      .map((s) => ({ start: s.start - block.start, end: s.end - block.start }));
    const clean = maskAll(block.prose, hidden);
    const spans: Span[] = [];
    for (const s of splitSentences(block.prose)) {
      const piece = clean.slice(s.start, s.end);
      const last = spans[spans.length - 1];
      // A piece with no words of its own ("(Reuters) (AP)", "[3]") belongs to the sentence before it.
      if (last && !hasWords(piece)) {
        last.end = s.end;
        continue;
      }
      // A credit or marker the splitter put at the head of the next sentence ("… weapons. (AP) Talks
      // resume …") closes the sentence before it.
      const lead = piece.length - piece.trimStart().length;
      if (last && lead > 0 && hasWords(block.prose.slice(s.start, s.start + lead))) {
        let end = s.start + lead;
        while (end > s.start && /\s/.test(block.prose[end - 1] as string)) end--;
        last.end = end;
        spans.push({ start: s.start + lead, end: s.end });
      } else {
        spans.push({ start: s.start, end: s.end });
      }
    }
    if (spans.length === 0) return;
    const first = drafts.length;
    const snapped = spans.map((s) => snap({ start: block.start + s.start, end: block.start + s.end }, block));
    // Emphasis that holds several sentences would snap them onto each other: keep the split there.
    for (let i = 1; i < snapped.length; i++) {
      const prev = snapped[i - 1] as Span;
      const cur = snapped[i] as Span;
      if (cur.start < prev.end) {
        prev.end = block.start + (spans[i - 1] as Span).end;
        cur.start = block.start + (spans[i] as Span).start;
      }
    }
    for (const abs of snapped) {
      drafts.push({
        ...abs,
        block: b,
        clean: clean.slice(abs.start - block.start, abs.end - block.start),
        sources: [],
      });
    }
    for (const source of sources) {
      let target = first;
      for (let i = first; i < drafts.length && (drafts[i] as Draft).start <= source.start; i++) target = i;
      const draft = drafts[target] as Draft;
      draft.sources.push(source);
      if (source.end > draft.end) draft.end = source.end;
    }
  });
  return drafts;
}

/**
 * A named speaker credited with a linked or cited source ("Matt Morehouse [posted][ref] to Delving
 * Bitcoin …") opens a report: the sentences after it in the paragraph that have no source of their own
 * continue that report (news style attributes once per paragraph), until a sentence brings its own
 * source or is the writer's analysis. Unnamed sources do not carry: each claim they make needs backing.
 */
function carryLinkedReports(members: Sentence[]): void {
  let carry: { backing: Evidence[]; who: string; line: number } | undefined;
  for (const s of members) {
    const named = s.evidence.find((e) => e.type === 'attribution');
    const own = s.evidence.filter((e) => e.type === 'citation' || e.type === 'link');
    if (named && own.length > 0) {
      carry = { backing: own, who: named.source ?? named.text, line: s.start.line };
      continue;
    }
    if (own.length > 0 || s.kind === 'analysis') {
      carry = undefined;
      continue;
    }
    if (
      carry &&
      s.backing.length === 0 &&
      !s.evidence.some((e) => e.type === 'attribution' || e.type === 'anonymous')
    ) {
      s.backing = carry.backing;
      s.reasons = [...s.reasons, `backed: continues the linked report of ${carry.who} (line ${carry.line})`];
    }
  }
}

/**
 * A hyperlink sources the paragraph it stands in, and the other paragraphs of the same list item: on the
 * web a source is linked once, where it is first named ("Matt Morehouse [posted][ref] to Delving
 * Bitcoin …", then the details). Citation markers are placed precisely and keep their scope.
 */
function linksBackTheirUnit(sentences: Sentence[], paragraphs: Paragraph[], blocks: Block[]): void {
  const unitOf = (p: number) => {
    const item = blocks[p]?.item;
    return item === undefined ? `p${p}` : `i${item}`;
  };
  const links = new Map<string, Evidence[]>();
  for (const s of sentences) {
    for (const e of s.evidence) {
      if (e.type !== 'link') continue;
      const unit = unitOf(s.paragraph);
      links.set(unit, [...(links.get(unit) ?? []), e]);
    }
  }
  for (const s of sentences) {
    if (s.backing.length > 0 || s.kind !== 'fact' || paragraphs[s.paragraph]?.type === 'heading') continue;
    const found = links.get(unitOf(s.paragraph));
    if (!found) continue;
    s.backing = found.slice(0, 3);
    s.reasons = [
      ...s.reasons,
      `backed: a link in the same ${blocks[s.paragraph]?.item === undefined ? 'paragraph' : 'list item'}`,
    ];
  }
}

/** Table cells shorter than this are data, not sentences to judge. */
const tableCellMinWords = 10;

/** The writer as the source: "We tested…", "I wrote…" report the writer's own first-hand account. */
const firstHand =
  /^(?:[^,;]{0,60},\s*)?(?:(?:so|and|but|then)\s+)?(?:I|we|We)(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?!(?:think|believe|feel|hope|expect|suspect|guess|wonder|should|must|need|want|would|could|might|may|can|will|shall|do not|don['’]t|love|like|hate)\b)(?:(?:\w+ly|also|then|first|later|soon|still|even|just)\s+)?\w+(?:ed|ew|ote|ent|ade|ook|ound|an|ot|ought|ave|aw)\b/i;

/**
 * Analyses one article: sentences with their evidence, kind and claim decisions, the paragraphs, the
 * source registry, duplicates and the findings of the enabled rules. Pure: no file system access.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = options.format ?? formatFor(options.path);
  if (format === 'markdown') guardNesting(source);
  const doc = format === 'markdown' ? parseMarkdown(source) : parseText(source);
  let config = withDefaults(options.config);
  // Per-article settings in front matter (`provenance: {type: opinion}`); read only when present.
  if (doc.frontMatter && /^\s*provenance\s*:/m.test(doc.frontMatter)) {
    config = applyOptions(config, frontMatterOptions(doc.frontMatter, options.path ?? '<text>'));
  }
  const lines = new LineIndex(source);
  const pos = (offset: number) => lines.position(offset);
  const drafts = draftSentences(doc);
  const lexicon = { attributionVerbs: config.attributionVerbs, anonymousSources: config.anonymousSources };

  const paragraphs: Paragraph[] = doc.blocks.map((block, index) => ({
    index,
    type: block.type,
    text: source.slice(block.start, block.end),
    start: pos(block.start),
    end: pos(block.end),
    sentences: [],
    ...(block.depth ? { depth: block.depth } : {}),
  }));

  const evidenceOf = (draft: Draft): Evidence[] => {
    const out: Evidence[] = draft.sources.map((s) => ({
      type: s.type,
      text: source.slice(s.start, s.end),
      start: pos(s.start),
      end: pos(s.end),
      ...(s.refs ? { refs: s.refs } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(s.label ? { source: s.label.replace(/^\((.*)\)$/, '$1') } : {}),
    }));
    for (const a of findAttributions(draft.clean, lexicon)) {
      out.push({
        type: a.type,
        text: source.slice(draft.start + a.start, draft.start + a.end),
        start: pos(draft.start + a.start),
        end: pos(draft.start + a.end),
        source: a.source,
        cue: a.cue,
        ...(typeof (a as { plural?: boolean }).plural === 'boolean'
          ? { plural: (a as { plural?: boolean }).plural }
          : {}),
      });
    }
    for (const q of findQuotes(draft.clean)) {
      out.push({
        type: 'quote',
        text: source.slice(draft.start + q.start, draft.start + q.end),
        start: pos(draft.start + q.start),
        end: pos(draft.start + q.end),
      });
    }
    return out.sort((a, b) => a.start.offset - b.start.offset);
  };

  const attributed = (e: Evidence[]) => e.some((x) => x.type === 'attribution' || x.type === 'anonymous');
  const evidence = drafts.map(evidenceOf);
  const sentences: Sentence[] = drafts.map((draft, index) => {
    const own = evidence[index] as Evidence[];
    const quoted = own.some((e) => e.type === 'quote');
    const prev = drafts[index - 1]?.block === draft.block ? evidence[index - 1] : undefined;
    const next = drafts[index + 1]?.block === draft.block ? evidence[index + 1] : undefined;
    // A quotation is credited by a speaker in its own sentence, or in the next one ("…" She said.), or it
    // continues a credited quotation from the sentence before.
    const carried =
      quoted &&
      ((next !== undefined && attributed(next)) ||
        (prev !== undefined && attributed(prev) && prev.some((e) => e.type === 'quote')));
    const block = doc.blocks[draft.block] as Block;
    const own1st = draft.clean.trim();
    const decision = block.aside
      ? {
          kind: 'other' as const,
          claim: false,
          reasons: ['other: standfirst, caption or note (the whole paragraph is emphasised)'],
        }
      : block.type === 'tableCell' && own1st.split(/\s+/).length < tableCellMinWords
        ? { kind: 'other' as const, claim: false, reasons: ['other: table cell (data, not a sentence)'] }
        : classifySentence(
            { text: draft.clean, blockType: block.type, attributed: attributed(own) || carried, quoted },
            { analysisCues: config.analysisCues },
          );
    (paragraphs[draft.block] as Paragraph).sentences.push(index);
    return {
      index,
      text: source.slice(draft.start, draft.end),
      start: pos(draft.start),
      end: pos(draft.end),
      paragraph: draft.block,
      kind: decision.kind,
      claim: decision.claim,
      evidence: own,
      backing: [],
      reasons: [
        ...decision.reasons,
        ...(carried && !attributed(own) ? ['attributed: quotation credited next to it'] : []),
        ...(decision.kind === 'fact' && !attributed(own) && firstHand.test(own1st)
          ? ['attributed: first-hand account of the writer']
          : []),
      ],
    };
  });

  for (const paragraph of paragraphs) {
    const members = paragraph.sentences.map((i) => sentences[i] as Sentence);
    const pool: Evidence[] = [];
    const scoped = members.map((s) => ({
      sources: s.evidence
        .filter((e) => e.type === 'citation' || e.type === 'link')
        .map((e) => {
          pool.push(e);
          const after = source.slice(e.end.offset, s.end.offset);
          return { id: pool.length - 1, trailing: e.type === 'citation' || !hasWords(after) };
        }),
    }));
    backingByScope(scoped, config.scope).forEach((ids, i) => {
      (members[i] as Sentence).backing = [...new Set(ids)]
        .sort((a, b) => a - b)
        .map((id) => pool[id] as Evidence);
    });
    if (config.scope === 'preceding') {
      carryLinkedReports(members);
    }
  }

  if (config.scope === 'preceding') linksBackTheirUnit(sentences, paragraphs, doc.blocks);

  const sources: SourceEntry[] = doc.registry.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    ...(r.url ? { url: r.url } : {}),
    start: pos(r.start),
    end: pos(r.end),
  }));

  const proseOf: string[][] = doc.blocks.map(() => []);
  for (const d of drafts) proseOf[d.block]?.push(d.clean);
  const duplicates = findDuplicates({
    paragraphs: doc.blocks.map((block, i) => ({
      prose: (proseOf[i] as string[]).join(' '),
      eligible: block.type === 'paragraph' || block.type === 'listItem' || block.type === 'blockquote',
      citations: (paragraphs[i] as Paragraph).sentences.flatMap((s) =>
        (sentences[s] as Sentence).evidence.flatMap((e) => (e.type === 'citation' ? (e.refs ?? []) : [])),
      ),
    })),
    sentences: drafts.map((d) => ({ prose: d.clean, paragraph: d.block })),
    threshold: config.duplicates.threshold,
    minWords: config.duplicates.minWords,
  });

  const analysis: Omit<Analysis, 'findings'> = {
    ...(options.path !== undefined ? { path: options.path } : {}),
    format,
    sentences,
    paragraphs,
    sources,
    duplicates,
  };
  const findings = runRules(analysis, {
    source,
    config,
    file: options.path ?? '<text>',
    lines,
    comments: doc.comments,
    reportUnusedDirectives: options.reportUnusedDirectives ?? false,
    excerpt: (start, end) => excerpt(proseView(source, doc).slice(start, end)),
  });
  return { ...analysis, findings };
}
