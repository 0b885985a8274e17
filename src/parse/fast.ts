import type {
  Blockquote,
  Code,
  Definition,
  FootnoteDefinition,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  ThematicBreak,
} from 'mdast';
import { classifyCharacter } from 'micromark-util-classify-character';
import { decodeString } from 'micromark-util-decode-string';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Point, Position } from 'unist';
import { lastAtOrBefore } from './positions.ts';

/**
 * A direct Markdown reader for the documents news sites publish: paragraphs, headings, lists, block
 * quotes, fenced code, HTML comments and blocks, link and footnote definitions, tables, front matter,
 * and inline syntax. It builds the same syntax tree as remark (positions included; lists' `spread`
 * flags are left false, as nothing reads them) several times faster, because it reads each line once
 * instead of running a character-level state machine and then compiling its events. Where micromark
 * departs from the CommonMark spec, it follows micromark.
 *
 * Whatever it is not sure to read exactly as remark does (tabs, raw-text HTML, indented code, empty list
 * items, multi-line definitions, code spans and tags over lines, some lazy lines, CR line endings, …)
 * makes it give up on the whole document, with the reason, and remark parses it: the tree is remark's
 * either way. test/parse/fast.test.ts holds the two to that.
 */

/** Thrown when the document uses something this reader leaves to remark. */
class Unsupported extends Error {}

function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

/** The extensions a document is read with (see `syntaxOf` in markdown.ts). */
export interface FastSyntax {
  frontMatter: boolean;
  footnotes: boolean;
  tables: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Block structure

interface Line {
  start: number;
  end: number;
}

interface ParagraphBlock {
  k: 'para';
  s: number;
  e: number;
  /** Content ranges of the lines (from the first non-space character), as start/end pairs. */
  lines: number[];
  /** Whether the last line was a lazy continuation. */
  lastLazy: boolean;
  /** Indentation of the last line inside its containers. */
  lastIndent: number;
  /** Whether it began on the line after a link definition. */
  afterDefinition?: boolean;
}
interface HeadingBlock {
  k: 'heading';
  s: number;
  e: number;
  depth: number;
  lines: number[];
}
interface CodeBlock {
  k: 'code';
  s: number;
  e: number;
  fence: number;
  size: number;
  indent: number;
  lang: string | null;
  meta: string | null;
  body: string[];
}
interface LeafBlock {
  k: 'thematic';
  s: number;
  e: number;
}
interface DefinitionBlock {
  k: 'def';
  s: number;
  e: number;
  label: string;
  url: string;
  title: string | null;
}
interface FrontMatterBlock {
  k: 'yaml' | 'toml';
  s: number;
  e: number;
  value: string;
}
interface Cell {
  s: number;
  e: number;
  cs: number;
  ce: number;
}
interface TableBlock {
  k: 'table';
  s: number;
  e: number;
  align: Array<'left' | 'right' | 'center' | null>;
  rows: Cell[][];
}
interface ContainerBlock {
  k: 'quote' | 'item' | 'fn';
  s: number;
  e: number;
  kids: Block[];
  /** Items: the content indent; footnote definitions: 4. */
  indent: number;
  label?: string;
}
interface ListBlock {
  k: 'list';
  s: number;
  e: number;
  ordered: boolean;
  start: number | null;
  marker: number;
  kids: ContainerBlock[];
  open: boolean;
}

interface HtmlBlock {
  k: 'html';
  s: number;
  e: number;
  kind: number;
  lines: string[];
}

type Block =
  | HtmlBlock
  | ParagraphBlock
  | HeadingBlock
  | CodeBlock
  | LeafBlock
  | DefinitionBlock
  | FrontMatterBlock
  | TableBlock
  | ContainerBlock
  | ListBlock;

const SPACE = 32;

function isBlankFrom(src: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (src.charCodeAt(i) !== SPACE) return false;
  return true;
}

function spacesAt(src: string, at: number, end: number): number {
  let i = at;
  while (i < end && src.charCodeAt(i) === SPACE) i++;
  return i - at;
}

function trimEndAt(src: string, start: number, end: number): number {
  let e = end;
  while (e > start && src.charCodeAt(e - 1) === SPACE) e--;
  return e;
}

/** A thematic break: three or more of one of `*`, `-`, `_`, with spaces between. */
function isThematic(src: string, at: number, end: number): boolean {
  const marker = src.charCodeAt(at);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let count = 0;
  for (let i = at; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === marker) count++;
    else if (c !== SPACE) return false;
  }
  return count >= 3;
}

/** ATX heading depth at `at`, or 0. */
function atxDepth(src: string, at: number, end: number): number {
  let i = at;
  while (i < end && src.charCodeAt(i) === 35) i++;
  const depth = i - at;
  if (depth === 0 || depth > 6) return 0;
  return i === end || src.charCodeAt(i) === SPACE ? depth : 0;
}

/** Fence character and size of a code fence opening at `at`, or undefined. */
function fenceAt(src: string, at: number, end: number): { fence: number; size: number } | undefined {
  const c = src.charCodeAt(at);
  if (c !== 96 && c !== 126) return undefined;
  let i = at;
  while (i < end && src.charCodeAt(i) === c) i++;
  if (i - at < 3) return undefined;
  if (c === 96 && src.slice(i, end).includes('`')) return undefined;
  return { fence: c, size: i - at };
}

interface ListMarker {
  ordered: boolean;
  start: number | null;
  /** The bullet or delimiter character. */
  marker: number;
  /** Offset of the content. */
  content: number;
  empty: boolean;
}

function listMarkerAt(src: string, at: number, end: number): ListMarker | undefined {
  const c = src.charCodeAt(at);
  let after: number;
  let ordered = false;
  let start: number | null = null;
  let marker = c;
  if (c === 42 || c === 43 || c === 45) {
    after = at + 1;
  } else if (c >= 48 && c <= 57) {
    let i = at;
    while (i < end && i - at < 10) {
      const d = src.charCodeAt(i);
      if (d < 48 || d > 57) break;
      i++;
    }
    if (i - at > 9) return undefined;
    const delimiter = src.charCodeAt(i);
    if (delimiter !== 46 && delimiter !== 41) return undefined;
    ordered = true;
    start = Number(src.slice(at, i));
    marker = delimiter;
    after = i + 1;
  } else {
    return undefined;
  }
  if (after === end) return { ordered, start, marker, content: after, empty: true };
  if (src.charCodeAt(after) !== SPACE) return undefined;
  const spaces = spacesAt(src, after, end);
  if (after + spaces === end) return { ordered, start, marker, content: end, empty: true };
  if (spaces > 4) unsupported('item content indented 5+');
  return { ordered, start, marker, content: after + spaces, empty: false };
}

const htmlBlockNameSet = new Set(htmlBlockNames);
const htmlRawNameSet = new Set(htmlRawNames);

/**
 * The kind of HTML block a line at `at` opens (CommonMark's numbering): 2 a comment, 6 a block-level
 * tag, 7 any other complete tag alone on its line; 0 for none. Raw text tags (`<script>`, `<pre>`…),
 * processing instructions, declarations and CDATA are left to remark.
 */
function htmlKind(src: string, at: number, end: number): number {
  if (src.charCodeAt(at) !== 60) return 0;
  const line = src.slice(at, end);
  if (line.startsWith('<!--')) {
    if (/^<!---?>/.test(line)) unsupported('empty html comment');
    return 2;
  }
  if (/^<[!?]/.test(line)) unsupported('html declaration or instruction');
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(line);
  if (!name) return 0;
  const lower = (name[1] as string).toLowerCase();
  if (htmlRawNameSet.has(lower)) unsupported('raw html block');
  const after = line.charCodeAt(name[0].length);
  if (
    htmlBlockNameSet.has(lower) &&
    (Number.isNaN(after) || after === SPACE || after === 62 || line.startsWith('/>', name[0].length))
  )
    return 6;
  return completeTag.test(line) ? 7 : 0;
}

const attribute = `(?:[ ]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ ]*=[ ]*(?:[^ "'=<>\`\\n]+|'[^'\\n]*'|"[^"\\n]*"))?)`;
const openTagSource = `<[A-Za-z][A-Za-z0-9-]*${attribute}*[ ]*\\/?>`;
const closeTagSource = '<\\/[A-Za-z][A-Za-z0-9-]*[ ]*>';

// Control characters other than the line feed (tabs and CR included): tab stops, other line endings and
// their replacement are left to remark, which lets the grammars below ignore them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controls = /[\x00-\x09\x0b-\x1f\x7f\uFEFF]/;

const completeTag = new RegExp(`^(?:${openTagSource}|${closeTagSource})[ ]*$`);

const delimiterCell = /^[ ]*:?-+:?[ ]*$/;

/** Cells of a table row between `start` and `end` (no escaped pipes: those are left to remark). */
function splitRow(src: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let s = start;
  const last = trimEndAt(src, start, end);
  let i = start;
  if (src.charCodeAt(i) === 124) i++;
  for (;;) {
    let j = i;
    while (j < last && src.charCodeAt(j) !== 124) j++;
    let cs = i;
    while (cs < j && src.charCodeAt(cs) === SPACE) cs++;
    const ce = trimEndAt(src, cs, j);
    // The last cell takes the closing pipe, if any, and the spaces after it.
    if (j >= last) {
      if (cs < ce || s < i) cells.push({ s, e: end, cs, ce });
      break;
    }
    if (j + 1 >= last) {
      cells.push({ s, e: end, cs, ce });
      break;
    }
    cells.push({ s, e: j, cs, ce });
    s = j;
    i = j + 1;
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------

/** Parses `source` into remark's tree, or returns undefined where remark must do it. */
export function fastTree(source: string, syntax: FastSyntax): Root | undefined {
  const tree = readTree(source, syntax);
  return typeof tree === 'string' ? undefined : tree;
}

/** Like `fastTree`, but says why it left a document to remark. */
export function readTree(source: string, syntax: FastSyntax): Root | string {
  try {
    return new Reader(source, syntax).read();
  } catch (error) {
    if (error instanceof Unsupported) return error.message;
    throw error;
  }
}

class Reader {
  readonly src: string;
  readonly syntax: FastSyntax;
  readonly lineStarts: number[] = [];
  readonly root: ContainerBlock;
  /** Open containers, root first. */
  open: ContainerBlock[];
  /** The open leaf of the innermost open container. */
  leaf: ParagraphBlock | CodeBlock | TableBlock | HtmlBlock | undefined;
  readonly definitions = new Set<string>();
  readonly footnotes = new Set<string>();
  /**
   * Continuation lines of paragraphs whose indentation (inside their containers) the text drops, by
   * where their content starts: reference labels keep it.
   */
  readonly pads = new Map<number, number>();
  /** Where the last link definition's line ends. */
  definitionEnd = -2;

  constructor(source: string, syntax: FastSyntax) {
    this.src = source;
    this.syntax = syntax;
    this.root = { k: 'quote', s: 0, e: source.length, kids: [], indent: 0 };
    this.open = [this.root];
  }

  read(): Root {
    const src = this.src;
    if (src.length === 0 || controls.test(src)) unsupported('tab, CR or other control character, or BOM');
    let at = 0;
    const lines: Line[] = [];
    while (at <= src.length) {
      let end = src.indexOf('\n', at);
      if (end === -1) end = src.length;
      this.lineStarts.push(at);
      lines.push({ start: at, end });
      at = end + 1;
    }
    let first = 0;
    if (this.syntax.frontMatter) first = this.frontMatter(lines);
    for (let n = first; n < lines.length; n++) this.line(lines[n] as Line);
    if (this.leaf?.k === 'html' && this.leaf.kind === 2) unsupported('html comment left open');
    if (this.leaf?.k === 'code' && (this.open.length > 1 || this.leaf.body.at(-1)?.trim() === ''))
      unsupported('fence left open at the end, in a container or after a blank line');
    this.closeFrom(1);
    this.leaf = undefined;
    if (this.root.kids.length === 0) unsupported('empty document');
    return this.tree();
  }

  /** Reads front matter; returns the index of the first line after it. */
  frontMatter(lines: Line[]): number {
    const src = this.src;
    const first = lines[0] as Line;
    const fence = src.slice(first.start, trimEndAt(src, first.start, first.end));
    if (fence !== '---' && fence !== '+++') return 0;
    for (let n = 1; n < lines.length; n++) {
      const line = lines[n] as Line;
      if (src.slice(line.start, trimEndAt(src, line.start, line.end)) === fence) {
        const valueStart = (lines[1] as Line).start;
        const value = n === 1 ? '' : src.slice(valueStart, (lines[n - 1] as Line).end);
        this.root.kids.push({
          k: fence === '---' ? 'yaml' : 'toml',
          s: 0,
          e: trimEndAt(src, line.start, line.end),
          value,
        });
        if (line.end !== trimEndAt(src, line.start, line.end))
          unsupported('front matter fence trailing space');
        return n + 1;
      }
    }
    unsupported('unclosed front matter');
  }

  /** Closes open containers from depth `depth` on (and the open leaf). */
  closeFrom(depth: number): void {
    if (depth >= this.open.length) return;
    this.leaf = undefined;
    while (this.open.length > depth) {
      const container = this.open.pop() as ContainerBlock;
      const last = container.kids[container.kids.length - 1];
      if (last) container.e = Math.max(container.e, last.e);
      const parent = this.open[this.open.length - 1] as ContainerBlock;
      const list = parent.kids[parent.kids.length - 1];
      if (container.k === 'item' && list?.k === 'list') list.e = container.e;
    }
  }

  get container(): ContainerBlock {
    return this.open[this.open.length - 1] as ContainerBlock;
  }

  add(block: Block): void {
    const container = this.container;
    const last = container.kids[container.kids.length - 1];
    if (last?.k === 'list') last.open = false;
    container.kids.push(block);
  }

  line(line: Line): void {
    const src = this.src;
    const end = line.end;
    let pos = line.start;
    let matched = 1;
    for (; matched < this.open.length; matched++) {
      const container = this.open[matched] as ContainerBlock;
      if (container.k === 'quote') {
        const spaces = spacesAt(src, pos, end);
        if (spaces > 3 || src.charCodeAt(pos + spaces) !== 62) break;
        pos += spaces + 1;
        if (src.charCodeAt(pos) === SPACE) pos++;
        // A quote line with nothing after the marker ends the quote at the end of the line.
        container.e = Math.max(container.e, isBlankFrom(src, pos, end) ? end : pos);
      } else {
        if (isBlankFrom(src, pos, end)) {
          // (A blank line inside a list in a block quote ends the list after the quote marker.)
          if (container.kids.length === 0 || pos > line.start)
            unsupported('blank line opening item or in quoted list');
          pos += Math.min(container.indent, end - pos);
          continue;
        }
        if (spacesAt(src, pos, end) < container.indent) break;
        pos += container.indent;
      }
    }
    const blank = isBlankFrom(src, pos, end);
    const all = matched === this.open.length;
    const leaf = this.leaf;

    if (
      !all &&
      !blank &&
      !leaf &&
      this.definitionEnd === line.start - 1 &&
      (this.startKind(pos, end, false) === 'none' || htmlKind(src, pos + spacesAt(src, pos, end), end) === 7)
    )
      unsupported('lazy line after a definition');
    if (leaf?.k === 'code') {
      if (!all) unsupported('fence left open by its container');
      this.codeLine(leaf, pos, end);
      return;
    }
    if (leaf?.k === 'html') {
      if (leaf.kind === 2) {
        if (!all) unsupported('html comment left open by its container');
        leaf.lines.push(src.slice(pos, end));
        leaf.e = end;
        if (src.slice(pos, end).includes('-->')) this.leaf = undefined;
        return;
      }
      if (all && !blank) {
        leaf.lines.push(src.slice(pos, end));
        leaf.e = end;
        return;
      }
      this.leaf = undefined;
    }
    // New containers on a line that could continue a paragraph must be able to interrupt one, even
    // nested (`1. 0. x` after a paragraph is an item holding the text `0. x`).
    const afterDefinition = this.definitionEnd === line.start - 1;
    // A delimiter row turns the definition above it into a table header.
    if (afterDefinition && this.syntax.tables && /^(?=.*\|)(?=.*-)[ |:-]*$/.test(src.slice(pos, end)))
      unsupported('delimiter row under a definition');
    const interrupt = all && (leaf?.k === 'para' || afterDefinition) && !blank;

    if (leaf?.k === 'para' && !blank) {
      if (all) {
        if (this.paragraphContinues(leaf, pos, end)) return;
      } else {
        // With a container closed, the line starts a block as it would anywhere (an ordered item need
        // not start at 1): only text that starts nothing continues the paragraph lazily.
        const kind = this.startKind(pos, end, false);
        if (kind === 'html' && htmlKind(src, pos + spacesAt(src, pos, end), end) === 7)
          unsupported('lone tag on a lazy line');
        if (kind === 'none') {
          const indent = spacesAt(src, pos, end);
          leaf.lines.push(pos + indent, end);
          leaf.e = end;
          leaf.lastLazy = true;
          leaf.lastIndent = indent;
          if (indent > 0) this.pads.set(pos + indent, indent);
          return;
        }
      }
    }

    if (leaf?.k === 'table' && !blank && (!all || spacesAt(src, pos, end) >= 4))
      unsupported('text after a table in a container, or indented');
    if (leaf?.k === 'table' && all && !blank && this.startKind(pos, end, false) === 'none') {
      const cells = splitRow(src, pos + spacesAt(src, pos, end), end);
      if (cells.length !== leaf.align.length) unsupported('table row cell count');
      leaf.rows.push(cells);
      leaf.e = (cells[cells.length - 1] as Cell).e;
      return;
    }

    // A container in a quote, closed by a new container, ends after this line's quote marker (a list
    // item's list does; the item itself does not).
    const quote = this.open[matched - 1] as ContainerBlock;
    const inQuote = matched > 1 && matched < this.open.length && quote.k === 'quote';
    if (inQuote && blank && end === src.length) unsupported('blank quote line ending the file');
    const extend = inQuote && !blank && /^(?:quote|item|footnote)$/.test(this.startKind(pos, end, false));
    if (extend && this.open.length - matched > 1) unsupported('nested containers closed inside a quote');
    this.closeFrom(matched);
    this.leaf = undefined;
    if (extend) (quote.kids[quote.kids.length - 1] as Block).e = pos;
    if (blank) return;
    this.starts(pos, end, interrupt, afterDefinition);
  }

  /** A line that continues a paragraph (or turns it into a heading or table); false when it interrupts. */
  paragraphContinues(para: ParagraphBlock, pos: number, end: number): boolean {
    const src = this.src;
    const spaces = spacesAt(src, pos, end);
    const at = pos + spaces;
    if (spaces < 4) {
      const c = src.charCodeAt(at);
      if (c === 61 || c === 45) {
        let i = at;
        while (i < end && src.charCodeAt(i) === c) i++;
        if (isBlankFrom(src, i, end)) {
          if (para.lastLazy) unsupported('lazy setext underline');
          if (para.afterDefinition) unsupported('setext heading after a definition');
          const container = this.container;
          container.kids[container.kids.length - 1] = {
            k: 'heading',
            s: para.s,
            e: end,
            depth: c === 61 ? 1 : 2,
            lines: para.lines,
          };
          this.leaf = undefined;
          return true;
        }
      }
    }
    const kind = this.startKind(pos, end, true);
    // Containers come before tables: `- | -` is a list item, not a delimiter row.
    if (kind === 'item' || kind === 'quote') return false;
    if (spaces < 4 && this.syntax.tables && this.tableStart(para, at, end)) return true;
    if (kind !== 'none') return false;
    para.lines.push(at, end);
    para.e = end;
    para.lastLazy = false;
    para.lastIndent = spaces;
    if (spaces > 0) this.pads.set(at, spaces);
    return true;
  }

  /** A delimiter row under the paragraph's last line starts a table. */
  tableStart(para: ParagraphBlock, at: number, end: number): boolean {
    const src = this.src;
    const text = src.slice(at, trimEndAt(src, at, end));
    const c = text.charCodeAt(0);
    if (c !== 124 && c !== 58 && c !== 45) return false;
    if (!text.includes('|')) {
      if (/^:?-+:?$/.test(text) && text.includes(':')) unsupported('pipe-less delimiter row');
      return false;
    }
    const inner = text.replace(/^\|/, '').replace(/\|$/, '');
    const parts = inner.split('|');
    if (!parts.every((p) => delimiterCell.test(p))) {
      if (/^[|:\- ]+$/.test(text)) unsupported('odd delimiter row');
      return false;
    }
    if (para.lastLazy) unsupported('lazy table header');
    const n = para.lines.length;
    const hs = para.lines[n - 2] as number;
    const he = para.lines[n - 1] as number;
    // A header line indented as code is paragraph text.
    if (para.lastIndent >= 4) return false;
    if (src.slice(hs, he).includes('\\')) unsupported('escape in table header');
    const header = splitRow(src, hs, he);
    if (header.length !== parts.length) unsupported('table header cell count');
    if (header.some((cell) => cell.cs === cell.ce)) unsupported('empty table header cell');
    const align = parts.map((p) => {
      const t = p.trim();
      const left = t.startsWith(':');
      const right = t.endsWith(':');
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
    });
    const table: TableBlock = {
      k: 'table',
      s: (header[0] as Cell).s,
      e: end,
      align,
      rows: [header],
    };
    const container = this.container;
    if (n === 2) {
      container.kids[container.kids.length - 1] = table;
    } else {
      para.lines.length = n - 2;
      para.e = this.lineEndOf(para.lines[n - 3] as number);
      container.kids.push(table);
    }
    this.leaf = table;
    return true;
  }

  /** The end of the source line holding `offset` (the paragraph keeps its trailing spaces). */
  lineEndOf(offset: number): number {
    const n = this.src.indexOf('\n', offset);
    return n === -1 ? this.src.length : n;
  }

  /** What block a line would start: used to tell continuation text from a new block. */
  startKind(pos: number, end: number, interrupt: boolean): string {
    const src = this.src;
    const spaces = spacesAt(src, pos, end);
    if (spaces >= 4) return 'none';
    const at = pos + spaces;
    const c = src.charCodeAt(at);
    if (c === 62) return 'quote';
    if (c === 35 && atxDepth(src, at, end)) return 'heading';
    if (fenceAt(src, at, end)) return 'fence';
    const html = htmlKind(src, at, end);
    // Kind 7 cannot interrupt a paragraph.
    if (html && (html < 7 || !interrupt)) return 'html';
    if (isThematic(src, at, end)) return 'thematic';
    const marker = listMarkerAt(src, at, end);
    if (marker) {
      if (!interrupt) return 'item';
      if (marker.empty || (marker.ordered && marker.start !== 1)) return 'none';
      return 'item';
    }
    if (c === 91 && this.syntax.footnotes && src.charCodeAt(at + 1) === 94 && this.footnoteLabel(at, end))
      return 'footnote';
    return 'none';
  }

  /** `[^label]:` at `at`: the offset after the colon, or undefined. */
  footnoteLabel(at: number, end: number): number | undefined {
    const src = this.src;
    const close = src.indexOf(']', at);
    if (close === -1 || close >= end || src.charCodeAt(close + 1) !== 58) return undefined;
    const label = src.slice(at + 2, close);
    if (label === '' || /[\s[\\]/.test(label)) return undefined;
    return close + 2;
  }

  /** Opens the blocks a line starts at `pos` (containers first, then one leaf). */
  starts(from: number, end: number, interrupt: boolean, afterDefinition: boolean): void {
    const src = this.src;
    let pos = from;
    for (;;) {
      const spaces = spacesAt(src, pos, end);
      if (spaces >= 4) unsupported('indented code');
      const at = pos + spaces;
      if (at >= end) {
        // A container opened with nothing after its marker.
        if (this.container.k !== 'quote') unsupported('empty container');
        return;
      }
      const c = src.charCodeAt(at);
      if (c === 62) {
        const quote: ContainerBlock = { k: 'quote', s: at, e: at + 1, kids: [], indent: 0 };
        this.add(quote);
        this.open.push(quote);
        pos = at + 1;
        if (src.charCodeAt(pos) === SPACE) pos++;
        quote.e = isBlankFrom(src, pos, end) ? end : pos;
        continue;
      }
      const depth = c === 35 ? atxDepth(src, at, end) : 0;
      if (depth) {
        this.atx(at, depth, end);
        return;
      }
      const fence = fenceAt(src, at, end);
      if (fence) {
        // The language is the first word; the meta string keeps its trailing spaces.
        const info = src.slice(at + fence.size, end).trimStart();
        if (/[\\&]/.test(info)) unsupported('escape in fence info');
        const space = info.search(/ /);
        const code: CodeBlock = {
          k: 'code',
          s: at,
          e: end,
          fence: fence.fence,
          size: fence.size,
          indent: spaces,
          lang: info === '' ? null : space === -1 ? info : info.slice(0, space),
          meta: space === -1 || info.trim() === info.slice(0, space) ? null : info.slice(space).trimStart(),
          body: [],
        };
        this.add(code);
        this.leaf = code;
        return;
      }
      const kind = htmlKind(src, at, end);
      // A lone tag cannot interrupt a paragraph, but can open a container's content.
      if (kind && (kind < 7 || !interrupt || pos !== from)) {
        // The value and the position keep the indentation of the first line.
        const html: HtmlBlock = { k: 'html', s: pos, e: end, kind, lines: [src.slice(pos, end)] };
        this.add(html);
        if (kind === 2 && src.slice(at + 4, end).includes('-->')) return;
        this.leaf = html;
        return;
      }
      if (isThematic(src, at, end)) {
        this.add({ k: 'thematic', s: at, e: end });
        return;
      }
      const found = listMarkerAt(src, at, end);
      const marker =
        found && interrupt && (found.empty || (found.ordered && found.start !== 1)) ? undefined : found;
      if (marker) {
        if (marker.empty) unsupported('empty list item');
        this.item(marker, at, pos);
        pos = marker.content;
        continue;
      }
      if (c === 91 && this.syntax.footnotes && src.charCodeAt(at + 1) === 94) {
        const after = this.footnoteLabel(at, end);
        if (after !== undefined) {
          if (this.open.length > 1) unsupported('footnote definition inside a container');
          const label = src.slice(at + 2, after - 2);
          const fn: ContainerBlock = { k: 'fn', s: at, e: after, kids: [], indent: 4, label };
          this.footnotes.add(normalizeIdentifier(label));
          this.add(fn);
          this.open.push(fn);
          pos = after + spacesAt(src, after, end);
          if (pos >= end) unsupported('empty footnote definition');
          continue;
        }
      }
      if (c === 91 && this.definition(at, end)) return;
      // A paragraph right after a definition shares micromark's content chunk with it.
      const para: ParagraphBlock = {
        k: 'para',
        s: at,
        e: end,
        lines: [at, end],
        lastLazy: false,
        lastIndent: spaces,
        afterDefinition,
      };
      this.add(para);
      this.leaf = para;
      return;
    }
  }

  item(marker: ListMarker, at: number, linePos: number): void {
    const container = this.container;
    const last = container.kids[container.kids.length - 1];
    const item: ContainerBlock = {
      k: 'item',
      s: at,
      e: marker.content,
      kids: [],
      indent: marker.content - linePos,
    };
    if (last?.k === 'list' && last.open && last.ordered === marker.ordered && last.marker === marker.marker) {
      last.kids.push(item);
    } else {
      const list: ListBlock = {
        k: 'list',
        s: at,
        e: at,
        ordered: marker.ordered,
        start: marker.start,
        marker: marker.marker,
        kids: [item],
        open: true,
      };
      this.add(list);
    }
    this.open.push(item);
  }

  atx(at: number, depth: number, end: number): void {
    const src = this.src;
    let cs = at + depth;
    cs += spacesAt(src, cs, end);
    let ce = trimEndAt(src, cs, end);
    // A closing sequence: `#`s after a space (or making up the whole content).
    let h = ce;
    while (h > cs && src.charCodeAt(h - 1) === 35) h--;
    if (h < ce && (h === cs || src.charCodeAt(h - 1) === SPACE)) ce = trimEndAt(src, cs, h);
    if (src.slice(cs, ce).endsWith('\\')) unsupported('escape at heading end');
    this.add({ k: 'heading', s: at, e: end, depth, lines: cs < ce ? [cs, ce] : [] });
  }

  codeLine(code: CodeBlock, pos: number, end: number): void {
    const src = this.src;
    const spaces = spacesAt(src, pos, end);
    if (spaces < 4) {
      const at = pos + spaces;
      let i = at;
      while (i < end && src.charCodeAt(i) === code.fence) i++;
      if (i - at >= code.size && isBlankFrom(src, i, end)) {
        code.e = end;
        this.leaf = undefined;
        return;
      }
    }
    code.body.push(src.slice(pos + Math.min(spaces, code.indent), end));
    code.e = end;
  }

  /** A one-line link definition at `at`; false if the line is not one (true once added). */
  definition(at: number, end: number): boolean {
    const src = this.src;
    const line = src.slice(at, end);
    const m =
      /^\[((?:[^\\[\]]|\\.){1,999})\]:[ ]*(?:<([^<>\n\\]*)>|([^ <][^ ]*))(?:[ ]+("[^"]*"|'[^']*'|\([^()]*\)))?[ ]*$/.exec(
        line,
      );
    if (!m) {
      if (/^\[[^\]]*\]:/.test(line)) unsupported('multi-line definition');
      return false;
    }
    const label = m[1] as string;
    if (label.trim() === '' || /[\\&]/.test(label)) unsupported('definition label escape');
    const raw = m[3] ?? (m[2] as string);
    if (m[3] && !balanced(raw)) unsupported('unbalanced definition url');
    const title = m[4] ? decodeString((m[4] as string).slice(1, -1)) : null;
    // Whether spaces after a destination belong to the definition depends on what follows.
    const e = trimEndAt(src, at, end);
    if (!m[4] && e < end) unsupported('spaces after a definition without a title');
    this.add({
      k: 'def',
      s: at,
      e,
      label,
      url: decodeString(raw),
      title,
    });
    this.definitions.add(normalizeIdentifier(label));
    this.definitionEnd = end;
    // A title may continue on the next line.
    const next = src.slice(end + 1, this.lineEndOf(end + 1)).trimStart();
    if (/^["'(]/.test(next)) unsupported('definition title on next line');
    return true;
  }

  // -------------------------------------------------------------------------------------------------
  // The tree

  point(offset: number): Point {
    const line = lastAtOrBefore(this.lineStarts, offset);
    return { line: line + 1, column: offset - (this.lineStarts[line] as number) + 1, offset };
  }

  position(s: number, e: number): Position {
    return { start: this.point(s), end: this.point(e) };
  }

  tree(): Root {
    return {
      type: 'root',
      children: this.root.kids.map((b) => this.node(b)) as RootContent[],
      position: this.position(0, this.src.length),
    };
  }

  node(b: Block): RootContent {
    switch (b.k) {
      case 'para': {
        const close = b.lines.length > 2 && this.src.charCodeAt(b.s) === 91 ? this.src.indexOf(']', b.s) : -1;
        if (close > (b.lines[1] as number) && this.src.charCodeAt(close + 1) === 58)
          unsupported('definition label over lines');
        const children = this.inline(b.lines);
        return { type: 'paragraph', children, position: this.position(b.s, b.e) } as Paragraph;
      }
      case 'heading':
        return {
          type: 'heading',
          depth: b.depth as Heading['depth'],
          children: this.inline(b.lines),
          position: this.position(b.s, b.e),
        } as Heading;
      case 'code':
        return {
          type: 'code',
          lang: b.lang,
          meta: b.meta,
          value: b.body.join('\n'),
          position: this.position(b.s, b.e),
        } as Code;
      case 'html':
        return { type: 'html', value: b.lines.join('\n'), position: this.position(b.s, b.e) } as Html;
      case 'thematic':
        return { type: 'thematicBreak', position: this.position(b.s, b.e) } as ThematicBreak;
      case 'def':
        return {
          type: 'definition',
          identifier: normalizeIdentifier(b.label).toLowerCase(),
          label: b.label,
          title: b.title,
          url: b.url,
          position: this.position(b.s, b.e),
        } as Definition;
      case 'yaml':
      case 'toml':
        return { type: b.k, value: b.value, position: this.position(b.s, b.e) } as RootContent;
      case 'table':
        return {
          type: 'table',
          align: b.align,
          children: b.rows.map(
            (row) =>
              ({
                type: 'tableRow',
                children: row.map(
                  (cell) =>
                    ({
                      type: 'tableCell',
                      children: cell.cs < cell.ce ? this.inline([cell.cs, cell.ce]) : [],
                      position: this.position(cell.s, cell.e),
                    }) as TableCell,
                ),
                position: this.position((row[0] as Cell).s, (row[row.length - 1] as Cell).e),
              }) as TableRow,
          ),
          position: this.position(b.s, b.e),
        } as Table;
      case 'list':
        return {
          type: 'list',
          ordered: b.ordered,
          start: b.start,
          spread: false,
          children: b.kids.map((item) => this.node(item)) as ListItem[],
          position: this.position(b.s, b.e),
        } as List;
      case 'item':
        return {
          type: 'listItem',
          spread: false,
          checked: null,
          children: b.kids.map((kid) => this.node(kid)),
          position: this.position(b.s, b.e),
        } as ListItem;
      case 'fn': {
        const label = b.label as string;
        return {
          type: 'footnoteDefinition',
          identifier: normalizeIdentifier(label).toLowerCase(),
          label,
          children: b.kids.map((kid) => this.node(kid)),
          position: this.position(b.s, b.e),
        } as FootnoteDefinition;
      }
      case 'quote':
        return {
          type: 'blockquote',
          children: b.kids.map((kid) => this.node(kid)),
          position: this.position(b.s, b.e),
        } as Blockquote;
    }
  }

  inline(lines: number[]): PhrasingContent[] {
    if (lines.length === 0) return [];
    return new Inline(this, lines).parse();
  }
}

function balanced(url: string): boolean {
  let depth = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return false;
  }
  return depth === 0;
}

// ---------------------------------------------------------------------------------------------------
// Inline content

interface TextItem {
  t: 'text';
  s: number;
  e: number;
  value: string;
  /** An opening bracket, which may yet become a link: never merged with the text after it. */
  bracket?: boolean;
}
interface DelimiterItem {
  t: 'delim';
  s: number;
  e: number;
  ch: number;
  count: number;
  canOpen: boolean;
  canClose: boolean;
}
interface NodeItem {
  t: 'node';
  s: number;
  e: number;
  node: PhrasingContent;
  kids?: Item[];
}
type Item = TextItem | DelimiterItem | NodeItem;

interface Bracket {
  item: TextItem;
  image: boolean;
  active: boolean;
  /** Delimiters below this bracket. */
  delims: number;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const entity = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const autolinkUrl = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^ <>\n]*)>/y;
const autolinkEmail =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const htmlTag = new RegExp(`${openTagSource}|${closeTagSource}|<!--(?!>|->)[^]*?-->`, 'y');
const specials = /[\n\\`*_[\]!<&]/g;

class Inline {
  readonly reader: Reader;
  /** The content, lines joined by `\n`. */
  readonly text: string;
  /** Source offset of each line's first character, and its index in `text`. */
  readonly segSource: number[] = [];
  readonly segText: number[] = [];
  items: Item[] = [];
  delims: DelimiterItem[] = [];
  brackets: Bracket[] = [];

  constructor(reader: Reader, lines: number[]) {
    this.reader = reader;
    const src = reader.src;
    const parts: string[] = [];
    let at = 0;
    for (let n = 0; n < lines.length; n += 2) {
      const s = lines[n] as number;
      let e = lines[n + 1] as number;
      if (n + 2 === lines.length) e = trimEndAt(src, s, e);
      this.segSource.push(s);
      this.segText.push(at);
      parts.push(src.slice(s, e));
      at += e - s + 1;
    }
    this.text = parts.join('\n');
  }

  /** The text from `a` to `b` as micromark slices it: continuation lines keep their indentation. */
  sliced(a: number, b: number): string {
    const text = this.text.slice(a, b);
    if (!text.includes('\n')) return text;
    let out = '';
    let at = a;
    // The first line after `a`: one past the line holding it.
    const first = this.segmentOf(a) + 1;
    for (let n = first; n < this.segText.length; n++) {
      const start = this.segText[n] as number;
      if (start > b) break;
      out += this.text.slice(at, start) + ' '.repeat(this.reader.pads.get(this.segSource[n] as number) ?? 0);
      at = start;
    }
    return out + this.text.slice(at, b);
  }

  /** Whether a line after index `i` starts after a container marker or indentation. */
  prefixedAfter(i: number): boolean {
    if (this.lastPrefixed === undefined) {
      const src = this.reader.src;
      this.lastPrefixed = -1;
      for (let n = this.segText.length - 1; n > 0; n--) {
        if (src.charCodeAt((this.segSource[n] as number) - 1) !== 10) {
          this.lastPrefixed = this.segText[n] as number;
          break;
        }
      }
    }
    return this.lastPrefixed > i;
  }

  /**
   * Where the first run of exactly `size` backticks at or after `from` starts (-1: none). The runs are
   * found once per text and read with a cursor per size, as calls come in text order: many runs that
   * never close would otherwise each scan the rest of the text.
   */
  closingRun(size: number, from: number): number {
    if (!this.runs) {
      this.runs = new Map();
      const text = this.text;
      for (let k = text.indexOf('`'); k !== -1; k = text.indexOf('`', k)) {
        let r = k;
        while (text.charCodeAt(r) === 96) r++;
        const list = this.runs.get(r - k);
        if (list) list.push(k);
        else this.runs.set(r - k, [k]);
        k = r;
      }
      this.cursors = new Map();
    }
    const list = this.runs.get(size);
    if (!list) return -1;
    let at = this.cursors?.get(size) ?? 0;
    while (at < list.length && (list[at] as number) < from) at++;
    this.cursors?.set(size, at);
    return at < list.length ? (list[at] as number) : -1;
  }

  /** Backtick runs by length, and how far each length has been read. */
  runs: Map<number, number[]> | undefined;
  cursors: Map<number, number> | undefined;

  /** The first `>` at or after the last tag-like text read (infinity: none). */
  nextGt = -1;

  /** Where the last line starting after a marker or indentation starts in the text (-1: none). */
  lastPrefixed: number | undefined;

  /** Source offset of index `i` of the text (a line's `\n` maps to the line end). */
  offset(i: number): number {
    const n = this.segmentOf(i);
    return (this.segSource[n] as number) + i - (this.segText[n] as number);
  }

  /** The line holding index `i` of the text. */
  segmentOf(i: number): number {
    return lastAtOrBefore(this.segText, i);
  }

  /** Source offset just after index `i - 1`. */
  offsetEnd(i: number): number {
    return this.offset(i - 1) + 1;
  }

  addText(s: number, e: number, value: string): void {
    const last = this.items[this.items.length - 1];
    if (last?.t === 'text' && last.e === s && !last.bracket) {
      last.e = e;
      last.value += value;
    } else {
      this.items.push({ t: 'text', s, e, value });
    }
  }

  parse(): PhrasingContent[] {
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      specials.lastIndex = i;
      const m = specials.exec(text);
      const next = m ? m.index : n;
      if (next > i) {
        this.addText(i, next, text.slice(i, next));
        i = next;
        if (i >= n) break;
      }
      i = this.special(i);
    }
    this.emphasis(0);
    return this.finish(this.items);
  }

  /** Handles the special character at `i`; returns where to go on. */
  special(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    switch (c) {
      case 10:
        return this.lineEnding(i);
      case 92: {
        const next = text.charCodeAt(i + 1);
        if (next === 10) {
          this.items.push({ t: 'node', s: i, e: i + 2, node: { type: 'break' } as PhrasingContent });
          return i + 2;
        }
        if (i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1] as string)) {
          this.addText(i, i + 2, text[i + 1] as string);
          return i + 2;
        }
        this.addText(i, i + 1, '\\');
        return i + 1;
      }
      case 96:
        return this.codeSpan(i);
      case 42:
      case 95:
        return this.delimiterRun(i, c);
      case 91:
        return this.openBracket(i, false);
      case 33:
        if (text.charCodeAt(i + 1) === 91) {
          if (text.charCodeAt(i + 2) === 94) unsupported('image footnote');
          return this.openBracket(i, true);
        }
        this.addText(i, i + 1, '!');
        return i + 1;
      case 93:
        return this.closeBracket(i);
      case 60:
        return this.angle(i);
      default:
        return this.entity(i);
    }
  }

  lineEnding(i: number): number {
    const last = this.items[this.items.length - 1];
    let spaces = 0;
    if (last?.t === 'text' && !last.bracket) {
      const v = last.value;
      while (spaces < v.length && v.charCodeAt(v.length - 1 - spaces) === SPACE) spaces++;
      // Spaces that came from the source right before the line ending (not from an escape or entity).
      if (last.e - spaces < last.s) spaces = 0;
    }
    if (last?.t === 'text' && !last.bracket && spaces >= 2) {
      last.value = last.value.slice(0, -spaces);
      last.e -= spaces;
      if (last.value === '') this.items.pop();
      this.items.push({ t: 'node', s: i - spaces, e: i + 1, node: { type: 'break' } as PhrasingContent });
      return i + 1;
    }
    if (last?.t === 'text' && !last.bracket && spaces > 0) {
      last.value = last.value.slice(0, -spaces);
      if (last.value === '') {
        this.items.pop();
        this.addText(i, i + 1, '\n');
        return i + 1;
      }
      last.value += '\n';
      last.e = i + 1;
      return i + 1;
    }
    this.addText(i, i + 1, '\n');
    return i + 1;
  }

  codeSpan(i: number): number {
    const text = this.text;
    let j = i;
    while (text.charCodeAt(j) === 96) j++;
    const size = j - i;
    const k = this.closingRun(size, j);
    if (k === -1) {
      // An unclosed run changes how micromark ends the lines after it under a container's marker.
      if (this.prefixedAfter(i)) unsupported('unclosed code over marked lines');
      this.addText(i, j, text.slice(i, j));
      return j;
    }
    let value = text.slice(j, k);
    if (value.includes('\n')) unsupported('multi-line code span');
    // One space is stripped from each end when both have one and the code is not all spaces.
    if (value.length >= 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '')
      value = value.slice(1, -1);
    this.items.push({ t: 'node', s: i, e: k + size, node: { type: 'inlineCode', value } as PhrasingContent });
    return k + size;
  }

  delimiterRun(i: number, c: number): number {
    const text = this.text;
    let j = i;
    while (text.charCodeAt(j) === c) j++;
    const before = i === 0 ? 1 : classifyCharacter(text.charCodeAt(i - 1));
    const after = j >= text.length ? 1 : classifyCharacter(text.charCodeAt(j));
    const left = after !== 1 && (after !== 2 || before !== undefined);
    const right = before !== 1 && (before !== 2 || after !== undefined);
    const canOpen = c === 42 ? left : left && (!right || before === 2);
    const canClose = c === 42 ? right : right && (!left || after === 2);
    const item: DelimiterItem = {
      t: 'delim',
      s: i,
      e: j,
      ch: c,
      count: j - i,
      canOpen,
      canClose,
    };
    this.items.push(item);
    if (canOpen || canClose) this.delims.push(item);
    return j;
  }

  openBracket(i: number, image: boolean): number {
    const text = this.text;
    if (!image && this.reader.syntax.footnotes && text.charCodeAt(i + 1) === 94) {
      let j = i + 2;
      while (j < text.length && j - i < 1002) {
        const c = text.charCodeAt(j);
        if (c === 93 || c === 91 || c === 32 || c === 10 || c === 92) break;
        j++;
      }
      if (text.charCodeAt(j) === 92) unsupported('escape in footnote label');
      if (text.charCodeAt(j) === 93 && j > i + 2) {
        const label = text.slice(i + 2, j);
        if (this.reader.footnotes.has(normalizeIdentifier(label))) {
          this.items.push({
            t: 'node',
            s: i,
            e: j + 1,
            node: {
              type: 'footnoteReference',
              identifier: normalizeIdentifier(label).toLowerCase(),
              label,
            } as PhrasingContent,
          });
          return j + 1;
        }
      }
    }
    const size = image ? 2 : 1;
    const item: TextItem = { t: 'text', s: i, e: i + size, value: image ? '![' : '[', bracket: true };
    this.items.push(item);
    this.brackets.push({ item, image, active: true, delims: this.delims.length });
    return i + size;
  }

  closeBracket(i: number): number {
    const text = this.text;
    const bracket = this.brackets[this.brackets.length - 1];
    if (!bracket) {
      this.addText(i, i + 1, ']');
      return i + 1;
    }
    if (!bracket.active) {
      this.brackets.pop();
      this.addText(i, i + 1, ']');
      return i + 1;
    }
    const labelStart = bracket.item.e;
    const rawLabel = this.sliced(labelStart, i);
    let made: { node: PhrasingContent; end: number } | undefined;
    if (text.charCodeAt(i + 1) === 40) made = this.inlineLink(i + 1, bracket.image);
    if (!made) {
      if (text.charCodeAt(i + 1) === 91) {
        // A second label: a full reference (`[text][label]`) or a collapsed one (`[label][]`); when it
        // matches no definition, the first brackets are not a shortcut reference either.
        const close = text.indexOf(']', i + 2);
        const inner = close === -1 ? undefined : text.slice(i + 2, close);
        if (inner === undefined) {
          made = undefined;
        } else {
          if (/[[\\&]/.test(inner)) unsupported('odd reference label');
          made =
            inner === ''
              ? this.reference(rawLabel, 'collapsed', close + 1, bracket.image)
              : this.reference(this.sliced(i + 2, close), 'full', close + 1, bracket.image);
        }
      } else {
        made = this.reference(rawLabel, 'shortcut', i + 1, bracket.image);
      }
    }
    this.brackets.pop();
    if (!made) {
      this.addText(i, i + 1, ']');
      return i + 1;
    }
    // The link: everything after the opening bracket becomes its content.
    const at = this.items.indexOf(bracket.item);
    this.emphasis(bracket.delims);
    const kids = this.items.splice(at);
    kids.shift();
    const item: NodeItem = { t: 'node', s: bracket.item.s, e: made.end, node: made.node, kids };
    this.items.push(item);
    if (!bracket.image) for (const b of this.brackets) if (!b.image) b.active = false;
    return made.end;
  }

  /** A reference to a definition, or undefined when the label matches none. */
  reference(
    label: string,
    referenceType: 'full' | 'collapsed' | 'shortcut',
    end: number,
    image: boolean,
  ): { node: PhrasingContent; end: number } | undefined {
    if (label.length > 999 || label.trim() === '' || /[[\]]/.test(label)) return undefined;
    const id = normalizeIdentifier(label);
    if (!this.reader.definitions.has(id)) return undefined;
    if (/[\\&]/.test(label)) unsupported('label escape or entity');
    const identifier = id.toLowerCase();
    const node = image
      ? { type: 'imageReference', identifier, label, referenceType, alt: '' }
      : { type: 'linkReference', identifier, label, referenceType };
    return { node: node as PhrasingContent, end };
  }

  /** `(destination "title")` at `i`; undefined when it is not one. */
  inlineLink(i: number, image: boolean): { node: PhrasingContent; end: number } | undefined {
    const text = this.text;
    let j = i + 1;
    j += spacesAt(text, j, text.length);
    if (text.charCodeAt(j) === 10) unsupported('link destination on next line');
    let url = '';
    if (text.charCodeAt(j) === 60) {
      const close = text.indexOf('>', j);
      if (close === -1) return undefined;
      const raw = text.slice(j + 1, close);
      if (/[<\n\\]/.test(raw)) unsupported('odd angle destination');
      url = raw;
      j = close + 1;
    } else {
      let depth = 0;
      const start = j;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 92 && j + 1 < text.length && ASCII_PUNCTUATION.test(text[j + 1] as string)) {
          j += 2;
          continue;
        }
        if (c <= 32) break;
        if (c === 40) {
          depth++;
          if (depth > 32) unsupported('deep parentheses');
        } else if (c === 41) {
          if (depth === 0) break;
          depth--;
        }
        j++;
      }
      if (depth !== 0) return undefined;
      url = text.slice(start, j);
    }
    const beforeTitle = j;
    j += spacesAt(text, j, text.length);
    if (text.charCodeAt(j) === 10) unsupported('link title on next line');
    let title: string | null = null;
    const q = text.charCodeAt(j);
    if ((q === 34 || q === 39 || q === 40) && j > beforeTitle) {
      const closeChar = q === 40 ? ')' : String.fromCharCode(q);
      const close = text.indexOf(closeChar, j + 1);
      if (close === -1) return undefined;
      const raw = text.slice(j + 1, close);
      if (raw.includes('\n') || raw.includes('\\') || (q === 40 && raw.includes('(')))
        unsupported('odd link title');
      title = decodeString(raw);
      j = close + 1;
      j += spacesAt(text, j, text.length);
    }
    if (text.charCodeAt(j) !== 41) {
      if (j < text.length && text.charCodeAt(j) === 10) unsupported('link closing on next line');
      return undefined;
    }
    const decoded = decodeString(url);
    const node = image
      ? ({ type: 'image', title, url: decoded, alt: '' } as PhrasingContent)
      : ({ type: 'link', title, url: decoded } as PhrasingContent);
    return { node, end: j + 1 };
  }

  angle(i: number): number {
    const text = this.text;
    autolinkUrl.lastIndex = i;
    let m = autolinkUrl.exec(text);
    let email = false;
    if (!m) {
      autolinkEmail.lastIndex = i;
      m = autolinkEmail.exec(text);
      email = m !== null;
    }
    if (m) {
      const raw = m[1] as string;
      const end = i + m[0].length;
      const child: TextItem = { t: 'text', s: i + 1, e: end - 1, value: raw };
      this.items.push({
        t: 'node',
        s: i,
        e: end,
        node: { type: 'link', title: null, url: email ? `mailto:${raw}` : raw } as PhrasingContent,
        kids: [child],
      });
      return end;
    }
    htmlTag.lastIndex = i;
    const html = htmlTag.exec(text);
    const next = text.charCodeAt(i + 1);
    // Comments are read; declarations, instructions and CDATA are left to remark.
    if ((next === 33 || next === 63) && !(html && text.startsWith('<!--', i)))
      unsupported('html declaration');
    if (html) {
      if (html[0].includes('\n')) unsupported('multi-line html');
      const end = i + html[0].length;
      this.items.push({ t: 'node', s: i, e: end, node: { type: 'html', value: html[0] } as PhrasingContent });
      return end;
    }
    if (/^<\/?[A-Za-z]/.test(text.slice(i, i + 3))) {
      // Something tag-like that is not a tag by the grammar above, up to a `>` on a later line: leave
      // the edge cases to remark.
      if (this.nextGt < i) {
        const found = text.indexOf('>', i);
        this.nextGt = found === -1 ? Number.POSITIVE_INFINITY : found;
      }
      if (this.nextGt < text.length && this.segmentOf(this.nextGt) !== this.segmentOf(i))
        unsupported('multi-line tag-like text');
    }
    // A failed tag changes how micromark ends the lines after it under a container's marker.
    if (/^<[A-Za-z/!?]/.test(text.slice(i, i + 2)) && this.prefixedAfter(i))
      unsupported('unclosed tag over marked lines');
    this.addText(i, i + 1, '<');
    return i + 1;
  }

  entity(i: number): number {
    const text = this.text;
    entity.lastIndex = i;
    const m = entity.exec(text);
    if (m) {
      const decoded = decodeString(m[0]);
      if (decoded !== m[0]) {
        this.addText(i, i + m[0].length, decoded);
        return i + m[0].length;
      }
    }
    this.addText(i, i + 1, '&');
    return i + 1;
  }

  /** Resolves emphasis among the delimiters from index `bottom` on, which then become plain text. */
  emphasis(bottom: number): void {
    resolveEmphasis(this.items, this.delims.slice(bottom));
    this.delims.length = bottom;
  }

  /** Turns items into mdast nodes, merging adjacent text. */
  finish(items: Item[]): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let text: { s: number; e: number; value: string } | undefined;
    const flush = () => {
      if (!text) return;
      out.push({
        type: 'text',
        value: text.value,
        position: {
          start: this.reader.point(this.offset(text.s)),
          end: this.reader.point(this.offsetEnd(text.e)),
        },
      } as PhrasingContent);
      text = undefined;
    };
    for (const item of items) {
      if (item.t !== 'node') {
        const value = item.t === 'text' ? item.value : String.fromCharCode(item.ch).repeat(item.count);
        if (item.e <= item.s) continue;
        // Consecutive text is one node, even across stripped spaces before a line ending.
        if (text) {
          text.e = item.e;
          text.value += value;
        } else {
          flush();
          text = { s: item.s, e: item.e, value };
        }
        continue;
      }
      flush();
      const node = item.node as PhrasingContent & { children?: PhrasingContent[]; alt?: string };
      if (item.kids) {
        const kids = this.finish(item.kids);
        if (node.type === 'image' || node.type === 'imageReference') node.alt = plain(kids);
        else node.children = kids;
      }
      node.position = {
        start: this.reader.point(this.offset(item.s)),
        end: this.reader.point(this.offsetEnd(item.e)),
      };
      out.push(node);
    }
    flush();
    return out;
  }
}

/**
 * Resolves emphasis as micromark does: each closing run, in order, takes the nearest opening run of the
 * same character that the rule of three allows, applied to what is left of both runs; the runs between
 * them are then resolved among themselves, inside the new node.
 */
function resolveEmphasis(items: Item[], delims: DelimiterItem[]): void {
  let closerAt = 0;
  while (closerAt < delims.length) {
    const closer = delims[closerAt] as DelimiterItem;
    if (!closer.canClose) {
      closerAt++;
      continue;
    }
    let openerAt = -1;
    for (let o = closerAt - 1; o >= 0; o--) {
      const opener = delims[o] as DelimiterItem;
      if (opener.ch !== closer.ch || !opener.canOpen) continue;
      if (
        (opener.canClose || closer.canOpen) &&
        closer.count % 3 !== 0 &&
        (opener.count + closer.count) % 3 === 0
      )
        continue;
      openerAt = o;
      break;
    }
    if (openerAt === -1) {
      closerAt++;
      continue;
    }
    const opener = delims[openerAt] as DelimiterItem;
    const use = closer.count > 1 && opener.count > 1 ? 2 : 1;
    opener.count -= use;
    opener.e -= use;
    closer.count -= use;
    closer.s += use;
    const from = items.indexOf(opener) + 1;
    const kids = items.splice(from, items.indexOf(closer) - from);
    resolveEmphasis(kids, delims.splice(openerAt + 1, closerAt - openerAt - 1));
    const node: NodeItem = {
      t: 'node',
      s: opener.e,
      e: closer.s,
      node: { type: use === 2 ? 'strong' : 'emphasis' } as PhrasingContent,
      kids,
    };
    items.splice(from, 0, node);
    closerAt = openerAt + 1;
    if (opener.count === 0) {
      items.splice(items.indexOf(opener), 1);
      delims.splice(openerAt, 1);
      closerAt--;
    }
    if (closer.count === 0) {
      items.splice(items.indexOf(closer), 1);
      delims.splice(closerAt, 1);
    }
  }
}

function plain(nodes: PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node) out += node.value;
    else if ('alt' in node) out += node.alt ?? '';
    else if ('children' in node) out += plain(node.children as PhrasingContent[]);
  }
  return out;
}
