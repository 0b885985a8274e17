import { isBullet, isCloser, isLineBreak, isSpace, isTerminator } from './chars.ts';

/** An enumeration label such as "1.", "2.)", "a)", "(iii)", followed by white space. */
export interface ListMarker {
  start: number;
  /** Offset just after the label's punctuation. */
  end: number;
  /** Offset of the label's period ("1." and "1.)"), or -1. */
  dot: number;
  style: 'dot' | 'dot-paren' | 'paren' | 'both-parens';
  letterCase: 'upper' | 'lower' | 'none';
  /** Possible readings: a number, a letter (a = 1) or a roman numeral ("i" is both a letter and a numeral). */
  values: { scheme: 'number' | 'letter' | 'roman'; value: number }[];
  /** Only white space (or a bullet) since the start of the text or of a line. */
  atLineStart: boolean;
  /** Right after a sentence-ending mark ("… Smith. a. here it is b. another"). */
  afterTerminator: boolean;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(label: string): number | undefined {
  let total = 0;
  for (let k = 0; k < label.length; k++) {
    const v = ROMAN[label[k] as string];
    const next = ROMAN[label[k + 1] as string] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 40 ? total : undefined;
}

function parseMarker(
  text: string,
  i: number,
): Omit<ListMarker, 'atLineStart' | 'afterTerminator'> | undefined {
  const n = text.length;
  let k = i;
  const opened = text.charCodeAt(k) === 40;
  if (opened) k++;
  const labelStart = k;
  while (k < n && k - labelStart < 6 && isAsciiAlnum(text.charCodeAt(k))) k++;
  // Cheap rejection first: most tokens are words, not labels.
  const punct = text.charCodeAt(k);
  if (k === labelStart || k - labelStart > 5 || (punct !== 46 && punct !== 41)) return undefined;
  const label = text.slice(labelStart, k);
  const values: ListMarker['values'] = [];
  let letterCase: ListMarker['letterCase'] = 'none';
  if (/^[0-9]{1,3}$/.test(label)) {
    values.push({ scheme: 'number', value: Number(label) });
  } else {
    const lower = label.toLowerCase();
    if (label === lower) letterCase = 'lower';
    else if (label === label.toUpperCase()) letterCase = 'upper';
    else return undefined;
    if (lower.length === 1 && lower >= 'a' && lower <= 'z') {
      values.push({ scheme: 'letter', value: lower.charCodeAt(0) - 96 });
    }
    const roman = romanValue(lower);
    if (roman !== undefined) values.push({ scheme: 'roman', value: roman });
    if (values.length === 0) return undefined;
  }
  let style: ListMarker['style'];
  let dot = -1;
  const c = text.charCodeAt(k);
  if (opened) {
    if (c !== 41) return undefined;
    style = 'both-parens';
    k++;
  } else if (c === 46 && text.charCodeAt(k + 1) === 41) {
    style = 'dot-paren';
    dot = k;
    k += 2;
  } else if (c === 46) {
    style = 'dot';
    dot = k;
    k++;
  } else if (c === 41) {
    style = 'paren';
    k++;
  } else {
    return undefined;
  }
  if (k >= n || !isSpace(text.charCodeAt(k))) return undefined;
  return { start: i, end: k, dot, style, letterCase, values };
}

/** Where the list-marker-shaped token closed by the "." or ")" at `close` starts, or -1. */
function markerStart(text: string, close: number): number {
  const labelEnd = text.charCodeAt(close) === 41 && text.charCodeAt(close - 1) === 46 ? close - 1 : close;
  let k = labelEnd;
  while (k > 0 && labelEnd - k < 6 && isAsciiAlnum(text.charCodeAt(k - 1))) k--;
  const length = labelEnd - k;
  if (length < 1 || length > 5) return -1;
  if (k > 0 && text.charCodeAt(k - 1) === 40) k--;
  return k === 0 || isSpace(text.charCodeAt(k - 1)) ? k : -1;
}

/** All list-marker-like tokens, in text order. Linear: each token start is tried once, a few characters deep. */
export function findListMarkers(text: string): ListMarker[] {
  const out: ListMarker[] = [];
  // A marker is a whole token, `\(?[0-9A-Za-z]{1,5}(?:\.\)?|\))`, followed by white space: found from
  // its closing "." or ")" back, which is much faster than trying every token start.
  const closings = /[.)](?=\s)/g;
  for (const found of text.matchAll(closings)) {
    const i = markerStart(text, found.index ?? 0);
    if (i < 0) continue;
    const m = parseMarker(text, i);
    if (!m) continue;
    let lastSolid = i - 1;
    let line = lastSolid < 0;
    while (lastSolid >= 0 && isSpace(text.charCodeAt(lastSolid))) {
      if (isLineBreak(text.charCodeAt(lastSolid))) line = true;
      lastSolid--;
    }
    if (lastSolid < 0) line = true;
    const prev = lastSolid >= 0 ? text.charCodeAt(lastSolid) : Number.NaN;
    const bulletFirst = isBullet(prev) && (lastSolid === 0 || isSpace(text.charCodeAt(lastSolid - 1)));
    let t = lastSolid;
    while (t > 0 && lastSolid - t < 4 && isCloser(text.charCodeAt(t))) t--;
    const afterTerminator = t >= 0 && isTerminator(text.charCodeAt(t));
    out.push({ ...m, atLineStart: line || bulletFirst, afterTerminator });
  }
  return out;
}

function follows(a: ListMarker, b: ListMarker): boolean {
  if (a.style !== b.style || a.letterCase !== b.letterCase) return false;
  return a.values.some((x) => b.values.some((y) => x.scheme === y.scheme && y.value === x.value + 1));
}

/** How far ahead (in marker tokens) the next item of a list is looked for. */
const LOOKAHEAD = 4;

export interface ListLayout {
  /** Offsets where a list item starts a new sentence. */
  itemStarts: number[];
  /** Offsets of label periods that must not end a sentence ("1. The first item"). */
  labelDots: Set<number>;
}

/**
 * Decides which markers are list items. A marker at the start of a line labels an item. Inside running
 * text, a sequence counts only when it starts with the first value ("1.", "a)", "(i)") right after a
 * sentence end or at a line start, and the next labels follow in order ("… b. …", "… c. …"). Capital
 * letters with a period are left out of running-text lists: "J. K. Rowling" is a name, not a list.
 */
export function layoutLists(markers: ListMarker[]): ListLayout {
  const itemStarts: number[] = [];
  const labelDots = new Set<number>();
  const inRun = new Uint8Array(markers.length);
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i] as ListMarker;
    if (m.atLineStart && m.dot >= 0) labelDots.add(m.dot);
    if (inRun[i] || !(m.atLineStart || m.afterTerminator)) continue;
    if (!m.values.some((v) => v.value === 1)) continue;
    if (m.letterCase === 'upper' && m.style === 'dot') continue;
    const run = [i];
    let cur = i;
    for (;;) {
      let found = -1;
      for (let j = cur + 1; j < markers.length && j <= cur + LOOKAHEAD; j++) {
        if (follows(markers[cur] as ListMarker, markers[j] as ListMarker)) {
          found = j;
          break;
        }
      }
      if (found < 0) break;
      run.push(found);
      cur = found;
    }
    if (run.length < 2) continue;
    for (const j of run) {
      const item = markers[j] as ListMarker;
      inRun[j] = 1;
      itemStarts.push(item.start);
      if (item.dot >= 0) labelDots.add(item.dot);
    }
  }
  itemStarts.sort((a, b) => a - b);
  return { itemStarts, labelDots };
}
