import type { Span } from '../types.ts';

/** Replaces `[start, end)` of a prose view with spaces. */
export function mask(prose: string, start: number, end: number): string {
  if (end <= start) return prose;
  return prose.slice(0, start) + ' '.repeat(end - start) + prose.slice(end);
}

/** Replaces each span with spaces (spans relative to the string). */
export function maskAll(prose: string, spans: readonly Span[]): string {
  if (spans.length === 0) return prose;
  const sorted = spans.length === 1 ? spans : [...spans].sort((a, b) => a.start - b.start);
  return keepOnly(prose, sorted, true);
}

/**
 * Rebuilds `text` keeping (or, with `invert`, blanking) the sorted spans, everything else spaces, by
 * slices rather than per character.
 */
export function keepOnly(text: string, spans: readonly Span[], invert = false): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    parts.push(invert ? text.slice(at, start) : ' '.repeat(start - at));
    parts.push(invert ? ' '.repeat(end - start) : text.slice(start, end));
    at = end;
  }
  parts.push(invert ? text.slice(at) : ' '.repeat(text.length - at));
  return parts.join('');
}

// Liquid/Jekyll/Eleventy tags `{% … %}`, Hugo shortcodes `{{< … >}}` `{{% … %}}`, and `{{ … }}` output tags.
/** Template tags (global: use with `matchAll` or `replace`). */
export const templateTag = /\{%[\s\S]*?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\}/g;

/** Spans of template tags, which are not prose. */
export function templateTags(text: string): Span[] {
  if (!text.includes('{')) return [];
  return [...text.matchAll(templateTag)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Line breaks, tabs and other control characters become spaces: a hard-wrapped line is one sentence. */
export function flattenWhitespace(text: string): string {
  return text.replace(/[\r\n\t\f\v\u2028\u2029]/g, ' ');
}

/** True when the prose view holds at least one letter or digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
