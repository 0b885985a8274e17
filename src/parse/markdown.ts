import type { Definition, FootnoteDefinition, Heading, Nodes, Parent, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { BlockType, Span } from '../types.ts';
import { fastTree } from './fast.ts';
import { flattenWhitespace, hasWords, keepOnly, maskAll, templateTag, templateTags } from './prose.ts';
import { isSourceHeading, sourceListEntry } from './source-list.ts';
import type { Block, InlineSource, ParsedDocument, RegistryEntry } from './types.ts';

/** The syntax extensions a document can use beyond CommonMark. */
interface Syntax {
  frontMatter: boolean;
  footnotes: boolean;
  tables: boolean;
}

// A GFM table needs a delimiter row: cells of hyphens with optional colons, separated by pipes, after any
// block-quote markers and indentation.
const delimiterRow = /^[ \t>]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?\r?$/m;

/**
 * The extensions this document can need, from cheap tests that never miss one: front matter only opens a
 * document, footnote syntax always contains `[^`, a table always has a delimiter row and a pipe. Each
 * extension costs parse time on every character (tables about a fifth), so a document without them is
 * parsed by plain CommonMark, which gives the same tree.
 */
export function syntaxOf(source: string): Syntax {
  const head = source.charCodeAt(0) === 0xfeff ? source.slice(1, 4) : source.slice(0, 3);
  return {
    frontMatter: head === '---' || head === '+++',
    footnotes: source.includes('[^'),
    tables: source.includes('|') && delimiterRow.test(source),
  };
}

/** Footnote and table syntax only: the rest of GFM (autolink literals above all) costs parse time. */
function gfmSubset(this: Processor, syntax: Syntax) {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  if (syntax.footnotes) {
    data.micromarkExtensions.push(gfmFootnote());
    data.fromMarkdownExtensions.push(gfmFootnoteFromMarkdown());
  }
  if (syntax.tables) {
    data.micromarkExtensions.push(gfmTable());
    data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
  }
}

const processors = new Map<number, Processor<Root>>();

/** One processor per combination of extensions, made on first use. */
function parser(syntax: Syntax): Processor<Root> {
  const key = (syntax.frontMatter ? 1 : 0) | (syntax.footnotes ? 2 : 0) | (syntax.tables ? 4 : 0);
  let processor = processors.get(key);
  if (!processor) {
    let made = unified().use(remarkParse);
    if (syntax.frontMatter) made = made.use(remarkFrontmatter, ['yaml', 'toml']) as never;
    processor = made.use(gfmSubset, syntax) as never as Processor<Root>;
    processors.set(key, processor);
  }
  return processor;
}

const supTag = /<sup\b[^>]*>([\s\S]*?)<\/sup>/gi;
const htmlFootnoteId = /\bid\s*=\s*["']?(?:fn|footnote|note|ref-?note)[-_:]?(\d+)["']?/gi;
const commentPattern = /<!--([\s\S]*?)-->/g;
// `[text]({{< ref "page.md" >}})`, `[text]({{ "/path/" | url }})`: a link whose target the site generator
// fills in. CommonMark leaves it as text (the target has spaces), but the writer linked a source.
const templateLink = /\[([^[\]]{1,300})\]\(\s*(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})\s*\)/g;

/**
 * Link definitions that follow a template tag with no blank line ("{% include references.md %}" then
 * "[label]: https://…") are paragraph text to CommonMark, but not prose and not a source-list entry.
 */
function definitionsOnly(text: string): boolean {
  if (!text.includes(']:') && !text.includes('{')) return false;
  return text
    .replace(templateTag, ' ')
    .split('\n')
    .every((line) => line.trim() === '' || /^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line));
}

function offsets(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * The Markdown syntax tree of a document, parsed with the extensions it needs: by the direct reader when
 * it can (the same tree, faster), by remark otherwise.
 */
export function markdownTree(source: string): Root {
  const syntax = syntaxOf(source);
  return fastTree(source, syntax) ?? parser(syntax).parse(source);
}

/** The tree remark builds, without the direct reader: what `fastTree` is checked against. */
export function remarkTree(source: string): Root {
  return parser(syntaxOf(source)).parse(source);
}

/** Parses Markdown into prose blocks, a source registry, front matter and comments. */
export function parseMarkdown(source: string): ParsedDocument {
  const tree = markdownTree(source);
  const definitions = new Map<string, Definition>();
  const registry: RegistryEntry[] = [];
  const blocks: Block[] = [];
  const comments: ParsedDocument['comments'] = [];
  let frontMatter: string | undefined;

  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  collect(tree);

  for (const def of definitions.values()) {
    const span = offsets(def);
    if (span)
      registry.push({
        ...span,
        id: def.label ?? def.identifier,
        kind: 'definition',
        text: def.url,
        url: def.url,
      });
  }

  const addHtml = (node: Nodes) => {
    const span = offsets(node);
    if (!span || node.type !== 'html') return;
    for (const m of node.value.matchAll(commentPattern)) {
      comments.push({
        start: span.start + m.index,
        end: span.start + m.index + m[0].length,
        text: m[1] as string,
      });
    }
    for (const m of node.value.matchAll(htmlFootnoteId)) {
      registry.push({ ...span, id: String(Number(m[1])), kind: 'footnote', text: node.value.slice(0, 200) });
    }
  };

  const block = (node: Nodes, type: BlockType, depth?: number): Block | undefined => {
    const span = offsets(node);
    if (!span) return undefined;
    const keep: Span[] = [];
    const sources: InlineSource[] = [];
    const inlines: Span[] = [];
    const code: Span[] = [];
    const walk = (n: Nodes) => {
      const s = offsets(n);
      if (!s) return;
      switch (n.type) {
        case 'text':
          keep.push(s);
          return;
        case 'inlineCode':
          keep.push(s);
          code.push(s);
          return;
        case 'html':
          addHtml(n);
          inlines.push(s);
          return;
        case 'image':
        case 'imageReference':
        case 'break':
          return;
        case 'footnoteReference':
          sources.push({ ...s, type: 'citation', refs: [`^${n.label ?? n.identifier}`] });
          inlines.push(s);
          return;
        case 'link':
        case 'linkReference': {
          const label = plainText(n).trim();
          const url = n.type === 'link' ? n.url : definitions.get(n.identifier)?.url;
          const numeric = /^\[?(\d{1,4})\]?$/.exec(label);
          const refs =
            n.type === 'linkReference' && /^\d{1,4}$/.test(n.identifier) ? [n.identifier] : undefined;
          if (url && /^(?:mailto|tel|sms):/i.test(url)) {
            // A contact address ("please contact [Sara Smith](mailto:…)") is not a source.
          } else if (numeric || refs || url?.startsWith('#')) {
            sources.push({
              ...s,
              type: 'citation',
              refs: refs ?? (numeric ? [numeric[1] as string] : [label]),
              ...(url ? { url } : {}),
              label,
            });
          } else {
            sources.push({ ...s, type: 'link', ...(url ? { url } : {}), label });
          }
          inlines.push(s);
          break;
        }
        default:
          if (n !== node) inlines.push(s);
      }
      if ('children' in n) for (const child of n.children as Nodes[]) walk(child);
    };
    walk(node);

    const raw = source.slice(span.start, span.end);
    const kept = keep
      .map((k) => ({ start: k.start - span.start, end: k.end - span.start }))
      .sort((x, y) => x.start - y.start);
    let prose = flattenWhitespace(keepOnly(raw, kept));
    const hidden: Span[] = templateTags(prose);
    if (raw.includes('<sup') || raw.includes('<SUP')) {
      for (const m of raw.matchAll(supTag)) {
        const ids = (m[1] as string).replace(/<[^>]*>/g, '').match(/\d{1,4}/g);
        const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
        if (ids) sources.push({ ...s, type: 'citation', refs: ids.map((id) => String(Number(id))) });
        hidden.push({ start: m.index, end: m.index + m[0].length });
        inlines.push(s);
      }
    }
    if (raw.includes('](')) {
      for (const m of raw.matchAll(templateLink)) {
        const at = m.index;
        const textEnd = at + 1 + (m[1] as string).length;
        // Only where the parser kept the link text as prose (not inside code or a real link).
        const inside = (k: Span) => k.start <= span.start + at && span.start + textEnd < k.end;
        if (!keep.some(inside) || code.some(inside)) continue;
        const s = { start: span.start + at, end: span.start + at + m[0].length };
        sources.push({ ...s, type: 'link', url: m[2] as string, label: (m[1] as string).trim() });
        hidden.push({ start: at, end: at + 1 }, { start: textEnd, end: at + m[0].length });
        inlines.push(s);
      }
    }
    prose = maskAll(prose, hidden);
    if (!hasWords(prose) && sources.length === 0) return undefined;
    sources.sort((a, b) => a.start - b.start);
    return { ...span, type, ...(depth ? { depth } : {}), prose, sources, inlines };
  };

  // Which heading depth opened the current source-list section (0: none).
  let sourceSection = 0;

  let items = 0;
  const visit = (node: Nodes, context: BlockType, item?: number) => {
    if ((node.type as string) === 'toml') return;
    switch (node.type) {
      case 'yaml':
        frontMatter ??= node.value;
        return;
      case 'html':
        addHtml(node);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'footnoteDefinition':
        footnote(node);
        return;
      case 'heading': {
        if (sourceSection && node.depth <= sourceSection) sourceSection = 0;
        if (isSourceHeading(plainText(node))) sourceSection = node.depth;
        const b = block(node, 'heading', node.depth);
        if (b) blocks.push(b);
        return;
      }
      case 'paragraph': {
        const text = plainText(node);
        if (context === 'paragraph' && isSourceHeading(text)) {
          // "**Sources**" or "Sources:" on a line of its own opens a source list like a heading.
          sourceSection = 7;
          const b = block(node, 'heading', 7);
          if (b) blocks.push(b);
          return;
        }
        const b = block(node, context);
        if (!b || definitionsOnly(source.slice(b.start, b.end))) return;
        if (item !== undefined) b.item = item;
        // A paragraph that is all emphasis is a standfirst, caption or editor's note, not the story; an
        // image or template tag before a caption ("{% image … %}" then "*The view from …*") is not prose.
        const only = node.children.filter(
          (c) =>
            !(
              (c.type === 'text' && c.value.replace(templateTag, '').trim() === '') ||
              c.type === 'image' ||
              c.type === 'imageReference' ||
              c.type === 'html' ||
              c.type === 'break'
            ),
        );
        if (only.length === 1 && (only[0]?.type === 'emphasis' || only[0]?.type === 'strong')) b.aside = true;
        if (sourceSection) {
          const entry = sourceListEntry(text, registry.filter((r) => r.kind === 'list').length + 1);
          if (entry) {
            registry.push({ start: b.start, end: b.end, kind: 'list', ...entry });
            return;
          }
        }
        blocks.push(b);
        return;
      }
      case 'tableCell': {
        const b = block(node, 'tableCell');
        if (b) blocks.push(b);
        return;
      }
      case 'list':
        if (sourceSection && node.ordered) {
          let n = node.start ?? 1;
          for (const item of node.children) {
            const span = offsets(item);
            const text = plainText(item).trim();
            if (span)
              registry.push({
                ...span,
                kind: 'list',
                ...(sourceListEntry(text, n) ?? { id: String(n), text }),
              });
            n++;
          }
          return;
        }
        break;
      default:
        break;
    }
    const next: BlockType =
      node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'blockquote' : context;
    // Everything inside one top-level list item (its paragraphs and nested lists) is one news item.
    const inItem = item ?? (node.type === 'listItem' ? ++items : undefined);
    if ('children' in node)
      for (const child of (node as Parent).children as Nodes[]) visit(child, next, inItem);
  };

  const footnote = (node: FootnoteDefinition) => {
    const span = offsets(node);
    if (!span) return;
    registry.push({
      ...span,
      id: `^${node.label ?? node.identifier}`,
      kind: 'footnote',
      text: plainText(node).trim(),
    });
  };

  visit(tree, 'paragraph');
  registry.sort((a, b) => a.start - b.start);
  return { blocks, registry, ...(frontMatter !== undefined ? { frontMatter } : {}), comments };
}

export type { Heading };
