import { yamlPackage } from '../lazy.ts';
import { ConfigError } from './errors.ts';
import { lineColumn } from './parse.ts';
import { validateArticleOptions } from './schema.ts';
import type { UserConfig } from './types.ts';

/**
 * The per-article settings in an article's YAML front matter, under `provenance`:
 *
 * ```yaml
 * ---
 * title: Why the cuts matter
 * provenance:
 *   type: opinion
 *   rules: {unsourced-claim: off}
 * ---
 * ```
 *
 * `yamlText` is the text between the `---` fences; line numbers in messages count the opening fence
 * as line 1 of `file`. Allowed keys are those of a configuration file except `root`, `ignore` and
 * `overrides`; they are validated the same way and apply over the file's configuration
 * (see `applyOptions`). Front matter without a `provenance` key gives `{}`. Front matter that is not
 * valid YAML gives `{}` too unless it mentions `provenance:` — the site generator owns the rest of it —
 * and then a {@link ConfigError} names the line.
 */
export function frontMatterOptions(yamlText: string, file: string): Partial<UserConfig> {
  const document = yamlPackage().parseDocument(yamlText, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    if (!/^\s*provenance\s*:/m.test(yamlText)) return {};
    const { line, column } = lineColumn(yamlText, error.pos[0]);
    const what = error.message.split('\n')[0];
    throw new ConfigError(file, `${file}:${line + 1}:${column}: invalid front matter YAML: ${what}`);
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const value = (data as Record<string, unknown>).provenance;
  if (value === undefined || value === null) return {};
  return validateArticleOptions(value, file, 'provenance');
}
