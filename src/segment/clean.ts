/**
 * Text cleaning for the splitter: markup and noise that must not decide sentence boundaries and must
 * not show in a sentence's display text. Offsets are never lost: the cleaned text ("view") keeps, for
 * each of its characters, the stretch of the input it stands for.
 */

/**
 * The cleaned text and where each of its characters comes from. `from[i]`/`to[i]` are the input offsets
 * of the stretch that view character `i` stands for (one character, or a whole replaced stretch).
 * Both are undefined when nothing was cleaned (the view is the input).
 */
export interface Prepared {
  view: string;
  from?: Int32Array;
  to?: Int32Array;
}

/** One replacement: input `[start, end)` becomes `by` (empty: removed); each of its characters stands for the whole stretch. */
interface Edit {
  start: number;
  end: number;
  by: string;
}

/**
 * HTML elements whose tags are dropped without a trace: they sit inside a sentence
 * ("<em>Yes.</em>", "U.S.<sup>1</sup>").
 */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * HTML elements whose tags separate text like a line break does: a paragraph, a cell, a list item or
 * an image is not glued to the words around it ("<li>one</li><li>two</li>").
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'audio',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'img',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'source',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'video',
]);

/** A tag, with bounded attributes so a stray "<" costs at most a few hundred steps. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,500})?\/?>/y;
/** The same tag written with entities ("&lt;em&gt;"). */
const ESCAPED_TAG = /&lt;\/?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>&]{0,500})?\/?&gt;/y;
/** Inline formatting codes of some publishing systems: "{b^>1<b^}", also entity-escaped. */
const FORMAT_CODE = /\{b\^(?:>|&gt;)\d{0,6}(?:<|&lt;)b\^\}/y;
/** Four or more of one separator mark: rules and dividers ("////", "=====", "-----"), not words. */
const RULE_RUN = /([/\\|=_*~#+-])\1{3,}/y;
/** Leader dots to a page number at the end of a line: "Introduction ........ 5" (see `endsLine`). */
const LEADER = /\.{4,}[ \t]*\d{1,4}(?:-\d{1,4})?[ \t]*/y;
/**
 * Dots inside text, not an ellipsis: five or more glued to the next word, four or more before a
 * lowercase word or a number ("dots........please", "dots....please"). Four dots before a capital
 * stay, as they may end a sentence.
 */
const DOT_NOISE = /\.{5,}(?=[\p{L}\p{N}])|\.{4,}(?=\p{Ll}|\p{N}|[ \t]+\d)/uy;

const CANDIDATE = /[<&{\\`'./|=_*~#+-]/g;

function tagEdit(name: string, start: number, end: number): Edit | undefined {
  const lower = name.toLowerCase();
  if (INLINE_TAGS.has(lower)) return { start, end, by: '' };
  if (BLOCK_TAGS.has(lower)) return { start, end, by: '\n' };
  return undefined;
}

/**
 * Whether a line ends at `i`: a line break, the end of the text, or a block tag (which becomes a line
 * break), so that "Contents....5</p>" reads the same whole as its sentence's slice "Contents....5".
 */
function endsLine(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined || c === '\n' || c === '\r') return true;
  if (c !== '<') return false;
  TAG.lastIndex = i;
  const m = TAG.exec(text);
  return m !== null && tagEdit(m[1] as string, i, i + m[0].length)?.by === '\n';
}

/** The edit that starts at `i`, if any; `i` holds one of the CANDIDATE marks. */
function editAt(text: string, i: number): Edit | undefined {
  const c = text[i];
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(text);
  };
  let m: RegExpExecArray | null;
  switch (c) {
    case '<':
      m = sticky(TAG);
      return m ? tagEdit(m[1] as string, i, i + m[0].length) : undefined;
    case '&':
      m = sticky(ESCAPED_TAG);
      return m ? tagEdit(m[1] as string, i, i + m[0].length) : undefined;
    case '{':
      m = sticky(FORMAT_CODE);
      return m ? { start: i, end: i + m[0].length, by: '' } : undefined;
    case '`':
      // Typewriter quotes: ``double'' and `single'.
      return text[i + 1] === '`' ? { start: i, end: i + 2, by: '"' } : { start: i, end: i + 1, by: "'" };
    case "'":
      return text[i + 1] === "'" ? { start: i, end: i + 2, by: '"' } : undefined;
    case '.':
      // Only from the first dot of a run, so a long run is read once.
      if (text[i - 1] === '.' || text[i + 1] !== '.' || text[i + 2] !== '.' || text[i + 3] !== '.')
        return undefined;
      m = sticky(LEADER);
      if (m && endsLine(text, i + m[0].length)) return { start: i, end: i + m[0].length, by: '\n' };
      m = sticky(DOT_NOISE);
      return m ? { start: i, end: i + m[0].length, by: ' ' } : undefined;
    case '\\': {
      const edit = escapedBreaks(text, i);
      if (edit) return edit;
      break;
    }
  }
  m = sticky(RULE_RUN);
  return m ? { start: i, end: i + m[0].length, by: ' ' } : undefined;
}

/**
 * Line breaks written out as text ("\n", "\r\n", with stray spaces "\ r \ n"), as left by bad
 * exports: the run starting at `i` becomes the line breaks it spells. A single one before a lowercase
 * letter is left alone, so a path such as "C:\news" stays.
 */
function escapedBreaks(text: string, i: number): Edit | undefined {
  let k = i;
  let by = '';
  for (let guard = 0; guard < 16 && text[k] === '\\'; guard++) {
    let j = k + 1;
    if (text[j] === ' ') j++;
    const c = text[j];
    if (c !== 'n' && c !== 'r') break;
    by += c === 'n' ? '\n' : '\r';
    k = j + 1;
    if (text[k] === ' ' && text[k + 1] === '\\') k++;
  }
  if (by === '') return undefined;
  if (by.length === 1) {
    const next = text.charCodeAt(k);
    if (next >= 97 && next <= 122) return undefined;
  }
  // A stray space taken before a backslash that spells nothing is given back.
  if (text[k - 1] === ' ' && text[k] === '\\') k--;
  return { start: i, end: k, by };
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Headings set in spaced capitals and extracted one letter group per line ("W\nA\nRN\nI\nNG"): the
 * line breaks inside a run of three or more lines of one or two capitals are removed.
 */
function spacedCapitals(text: string, edits: Edit[]): void {
  const n = text.length;
  // Each short line as [start, end, next line start].
  let run: [number, number, number][] = [];
  const flush = () => {
    if (run.length >= 3) {
      for (let k = 0; k + 1 < run.length; k++) {
        const line = run[k] as [number, number, number];
        edits.push({ start: line[1], end: line[2], by: '' });
      }
    }
    run = [];
  };
  const breaks = /\r\n?|\n/g;
  let lineStart = 0;
  for (;;) {
    const found = breaks.exec(text);
    const lineEnd = found ? found.index : n;
    const next = found ? lineEnd + found[0].length : n;
    const len = lineEnd - lineStart;
    const short =
      (len === 1 || len === 2) &&
      isUpperAscii(text.charCodeAt(lineStart)) &&
      (len === 1 || isUpperAscii(text.charCodeAt(lineStart + 1)));
    if (short && found) run.push([lineStart, lineEnd, next]);
    else {
      if (short) run.push([lineStart, lineEnd, next]);
      flush();
    }
    if (!found) break;
    lineStart = next;
  }
  flush();
}

/**
 * Cleans text for boundary decisions and display:
 * - inline HTML tags (em, b, a, sup…) are removed; block tags (p, div, br, li, img…) become a line break;
 *   the same for entity-escaped tags ("&lt;p&gt;") and "{b^>1<b^}" formatting codes;
 * - line breaks written as text ("\n", "\ r \ n") become line breaks;
 * - typewriter quotes become straight quotes (`` → ", '' → ", ` → ');
 * - runs of four or more of one separator mark ("////", "====") and dot runs inside text (see
 *   `DOT_NOISE`: "dots........please") become a space; leader dots to a page number at
 *   a line end ("Introduction ........ 5") become a line break, number included;
 * - spaced capitals one group per line ("W\nA\nRN\nI\nNG") are joined.
 * Four dots before a space and a word or at the end stay: they are an ellipsis ("that.... She left").
 * Each rule looks only at the stretch it replaces and the characters right after it, so cleaning a
 * sentence's slice gives the same text as cleaning the whole input. Linear time.
 */
export function prepare(text: string): Prepared {
  const edits: Edit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let found = CANDIDATE.exec(text); found; found = CANDIDATE.exec(text)) {
    const edit = editAt(text, found.index);
    if (edit) {
      edits.push(edit);
      CANDIDATE.lastIndex = edit.end;
    }
  }
  const linesFrom = edits.length;
  if (text.length >= 5) spacedCapitals(text, edits);
  if (edits.length === 0) return { view: text };
  if (linesFrom > 0 && linesFrom < edits.length) edits.sort((a, b) => a.start - b.start);
  return apply(text, edits);
}

function apply(text: string, edits: Edit[]): Prepared {
  const n = text.length;
  const parts: string[] = [];
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  let v = 0;
  let at = 0;
  const copy = (a: number, b: number) => {
    if (b <= a) return;
    parts.push(text.slice(a, b));
    for (let k = a; k < b; k++, v++) {
      from[v] = k;
      to[v] = k + 1;
    }
  };
  for (const e of edits) {
    if (e.start < at) continue; // overlaps an earlier edit
    copy(at, e.start);
    parts.push(e.by);
    for (let k = 0; k < e.by.length; k++, v++) {
      from[v] = e.start;
      to[v] = e.end;
    }
    at = e.end;
  }
  copy(at, n);
  return { view: parts.join(''), from: from.subarray(0, v), to: to.subarray(0, v) };
}

/** White space collapsed to single spaces, trimmed. */
export function collapseSpace(s: string): string {
  return (UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** White space other than single spaces: most sentences have none, and need no replacing. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/**
 * The display form of a stretch of input: cleaned as by `prepare`, white space collapsed to single
 * spaces, trimmed. This is `SentenceSpan.text` for the sentence `[start, end)`.
 */
export function displayText(slice: string): string {
  return collapseSpace(prepare(slice).view);
}
