import { DEFAULT_SEVERITIES, RULE_IDS } from './rule-ids.ts';
import { defaultConfig } from './types.ts';

/**
 * A commented starter `.provenancerc.yaml` (what `provenance init` writes): every key with its
 * default value and every rule with its default severity, so that editing a value is all it takes.
 * It parses back to a valid configuration equal to the defaults (with `root: true`).
 */
export function initConfigText(): string {
  const d = defaultConfig;
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const rules = RULE_IDS.map((id) => `  ${`${id}:`.padEnd(width + 2)}${DEFAULT_SEVERITIES[id]}`);
  return [
    '# fact-provenance configuration. Values shown are the defaults.',
    "# Configuration files are found from each article's folder upward; a nearer file wins key by key.",
    '',
    '# Stop looking for configuration files in the folders above this one.',
    'root: true',
    '',
    '# news: the writer reports; analysis mixed into reported paragraphs is flagged.',
    '# opinion: analysis is the point; mixed-analysis and cited-analysis are off.',
    `type: ${d.type}`,
    '',
    '# Which text a citation backs: preceding (the text before it, back to the previous citation),',
    '# sentence (each sentence needs its own) or paragraph (one citation backs the whole paragraph).',
    `scope: ${d.scope}`,
    '',
    '# Severity of each rule: off, info, warning or error; or [severity, {options}].',
    '# `provenance rules` describes them.',
    'rules:',
    ...rules,
    '',
    'duplicates:',
    '  # Similarity (above 0, at most 1) at or above which two paragraphs count as near-duplicates.',
    `  threshold: ${d.duplicates.threshold}`,
    '  # Paragraphs shorter than this many words are never reported as duplicates.',
    `  minWords: ${d.duplicates.minWords}`,
    '',
    '# Words added to the built-in lists, e.g. attributionVerbs: [contended, testified].',
    `attributionVerbs: ${JSON.stringify(d.attributionVerbs)}`,
    `anonymousSources: ${JSON.stringify(d.anonymousSources)}`,
    `analysisCues: ${JSON.stringify(d.analysisCues)}`,
    '',
    "# Files not to check when walking folders or expanding globs (globs relative to this file's folder).",
    '# Files named on the command line are always checked.',
    `ignore: ${JSON.stringify(d.ignore)}`,
    '',
    "# Settings for some files only; globs relative to this file's folder, later entries win.",
    '# overrides:',
    '#   - files: ["opinion/**"]',
    '#     type: opinion',
    '',
  ].join('\n');
}
