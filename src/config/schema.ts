import * as v from 'valibot';
import { ConfigError } from './errors.ts';
import { RULE_IDS } from './rule-ids.ts';
import type { RuleEntry, UserConfig } from './types.ts';

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
const SCOPES = ['preceding', 'sentence', 'paragraph'] as const;
const TYPES = ['news', 'opinion'] as const;

/** How a value the user wrote is shown in a message: short, and never a dump of a whole object. */
export function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `a list of ${input.length} item${input.length === 1 ? '' : 's'}`;
  if (typeof input === 'object') return 'an object';
  return typeof input;
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(' | ');

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest allowed name to a misspelt one, if it is close enough to be a likely typo. */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function lastKey(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  return typeof key === 'string' ? key : '';
}

function unknownName(kind: string, name: string, allowed: readonly string[]): string {
  const guess = closest(name, allowed);
  return `unknown ${kind}${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${allowed.join(', ')}`;
}

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * A strict object whose messages name unknown keys, missing keys and the allowed keys.
 * `required` says what each required key expects, for the "missing" message.
 */
function strict<T extends v.ObjectEntries>(entries: T, what: string, required: Record<string, string> = {}) {
  const keys = Object.keys(entries);
  return v.pipe(
    // valibot's object schemas accept arrays; a list where settings belong is a mistake to name.
    v.custom<Record<string, unknown>>(
      isPlainObject,
      (issue) => `expected ${what}, got ${describe(issue.input)}`,
    ),
    v.strictObject(entries, (issue) => {
      if (issue.expected === 'never') return unknownName('key', lastKey(issue), keys);
      if (issue.received === 'undefined') return `missing; expected ${required[lastKey(issue)] ?? 'a value'}`;
      return `expected ${what}, got ${describe(issue.input)}`;
    }),
  );
}

const severity = v.picklist(
  SEVERITIES,
  (issue) => `expected ${quoted(SEVERITIES)}, got ${describe(issue.input)}`,
);

const ruleOptions = v.custom<Record<string, unknown>>(
  isPlainObject,
  (issue) => `expected an options object, got ${describe(issue.input)}`,
);

const ruleTuple = v.pipe(
  v.strictTuple(
    [severity, v.optional(ruleOptions)],
    (issue) => `expected [severity] or [severity, {options}], got ${describe(issue.input)}`,
  ),
  v.transform((entry): RuleEntry => (entry[1] === undefined ? entry[0] : [entry[0], entry[1]])),
);

const ruleEntry = v.lazy((input) => (Array.isArray(input) ? ruleTuple : severity));

const rules = v.pipe(
  v.custom<Record<string, unknown>>(
    isPlainObject,
    (issue) => `expected an object of rule id: severity, got ${describe(issue.input)}`,
  ),
  v.record(
    v.picklist(RULE_IDS, (issue) => unknownName('rule id', String(issue.input), RULE_IDS)),
    ruleEntry,
  ),
);

const stringList = (what: string) =>
  v.array(
    v.string((issue) => `expected a ${what}, got ${describe(issue.input)}`),
    (issue) => `expected a list of ${what}s, got ${describe(issue.input)}`,
  );

const thresholdMessage = (issue: v.BaseIssue<unknown>) =>
  `expected a number greater than 0 and at most 1, got ${describe(issue.input)}`;
const minWordsMessage = (issue: v.BaseIssue<unknown>) =>
  `expected a whole number of at least 1, got ${describe(issue.input)}`;

const duplicates = strict(
  {
    threshold: v.optional(
      v.pipe(v.number(thresholdMessage), v.gtValue(0, thresholdMessage), v.maxValue(1, thresholdMessage)),
    ),
    minWords: v.optional(
      v.pipe(v.number(minWordsMessage), v.integer(minWordsMessage), v.minValue(1, minWordsMessage)),
    ),
  },
  'an object with threshold and minWords',
);

/** Keys allowed everywhere: at the top of a config file, in an override, in an article's front matter. */
const articleEntries = {
  type: v.optional(v.picklist(TYPES, (issue) => `expected ${quoted(TYPES)}, got ${describe(issue.input)}`)),
  scope: v.optional(
    v.picklist(SCOPES, (issue) => `expected ${quoted(SCOPES)}, got ${describe(issue.input)}`),
  ),
  rules: v.optional(rules),
  duplicates: v.optional(duplicates),
  attributionVerbs: v.optional(stringList('string')),
  anonymousSources: v.optional(stringList('string')),
  analysisCues: v.optional(stringList('string')),
};

const override = strict(
  {
    files: v.pipe(
      stringList('glob pattern'),
      v.minLength(1, 'expected at least one glob pattern, got an empty list'),
    ),
    ...articleEntries,
  },
  'an object with files and the settings for them',
  { files: 'a list of glob patterns' },
);

const configSchema = strict(
  {
    root: v.optional(v.boolean((issue) => `expected true or false, got ${describe(issue.input)}`)),
    ...articleEntries,
    ignore: v.optional(stringList('glob pattern')),
    overrides: v.optional(
      v.array(override, (issue) => `expected a list of {files, ...settings}, got ${describe(issue.input)}`),
    ),
  },
  'an object of settings',
);

const articleSchema = strict(articleEntries, 'an object of settings');

function keyPath(issue: v.BaseIssue<unknown>, prefix: string): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function run<T>(schema: v.GenericSchema<unknown, T>, value: unknown, source: string, prefix: string): T {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = keyPath(issue, prefix);
  throw new ConfigError(source, `${source}: ${path ? `${path}: ` : ''}${issue.message}`);
}

/**
 * Checks a parsed configuration file and returns it as a {@link UserConfig}.
 * Throws a {@link ConfigError} naming `source`, the key path and the allowed values for the first
 * problem found: unknown keys, unknown rule ids, and values of the wrong type or out of range.
 * Rule options (the object in `[severity, options]`) are not checked here: each rule owns its options.
 */
export function validateConfig(value: unknown, source: string): UserConfig {
  return validateConfigAt(value, source, '');
}

/** {@link validateConfig} for settings found under a key, e.g. `provenance` in package.json. */
export function validateConfigAt(value: unknown, source: string, prefix: string): UserConfig {
  return run(configSchema as v.GenericSchema<unknown, UserConfig>, value, source, prefix);
}

/**
 * Checks the `provenance` settings of one article (front matter). The same keys as a config file,
 * except `root`, `ignore` and `overrides`, which mean nothing for a single article.
 */
export function validateArticleOptions(
  value: unknown,
  source: string,
  prefix = 'provenance',
): Partial<UserConfig> {
  return run(articleSchema as v.GenericSchema<unknown, Partial<UserConfig>>, value, source, prefix);
}
