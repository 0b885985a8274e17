import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif, toArtifactUri } from '../../src/report/sarif.ts';
import type { FileResult } from '../../src/report/types.ts';
import type { RuleMeta } from '../../src/rules/types.ts';
import type { Finding } from '../../src/types.ts';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS with `exports.default`: Node hands ESM the function itself, TypeScript the module.
const formatsExport = addFormatsModule as unknown as AddFormats | { default: AddFormats };
const addFormats: AddFormats = typeof formatsExport === 'function' ? formatsExport : formatsExport.default;

/**
 * The official schema declares draft-04, which Ajv 8 does not load. Draft-04 and draft-07 differ, for
 * this schema, only in the schema's own `id` (draft-07: `$id`) and the `$schema` URI: it uses no boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, the one draft-04 keyword whose meaning changed (asserted below).
 */
function loadSarifSchema(): Record<string, unknown> {
  const text = readFileSync(new URL('../data/sarif-schema-2.1.0.json', import.meta.url), 'utf8');
  const { $schema, id, ...rest } = JSON.parse(text) as Record<string, unknown>;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"\s*:\s*(true|false)/);
  return { $id: id, ...rest };
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(loadSarifSchema());

const rules: RuleMeta[] = [
  {
    id: 'unsourced-claim',
    defaultSeverity: 'warning',
    description: 'A claim that nothing backs.',
    help: 'Add a citation or name the source.',
  },
  {
    id: 'duplicate-paragraph',
    defaultSeverity: 'error',
    description: 'A paragraph that repeats an earlier one.',
    help: 'Delete the copy.',
  },
  {
    id: 'anonymous-source',
    defaultSeverity: 'info',
    description: 'An unnamed source.',
    help: 'Name the source or say why it cannot be named.',
  },
];

function finding(over: Partial<Finding>): Finding {
  return {
    file: 'articles/nato.md',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 40,
    ruleId: 'unsourced-claim',
    severity: 'warning',
    message: 'This claim has no source.',
    evidence: 'The Secretary-General is seeking to align the strategy.',
    ...over,
  };
}

const results: FileResult[] = [
  {
    file: 'articles/nato.md',
    findings: [
      finding({}),
      finding({
        line: 13,
        column: 1,
        endLine: 14,
        endColumn: 12,
        ruleId: 'duplicate-paragraph',
        severity: 'error',
        message: 'This paragraph repeats the one at line 1 and lost its citations [1, 2].',
        related: [{ line: 1, column: 1, message: 'First copy.' }],
      }),
      finding({ ruleId: 'anonymous-source', severity: 'info', message: 'Unnamed source.' }),
    ],
  },
  {
    file: 'news/Zürich notes/première.md',
    findings: [finding({ file: 'news/Zürich notes/première.md' })],
  },
];

function sarifOf(input: FileResult[]) {
  return JSON.parse(formatSarif(input, rules, { name: 'fact-provenance', version: '0.1.0' }));
}

describe('formatSarif', () => {
  it('writes a log that the official SARIF 2.1.0 schema accepts', () => {
    const log = sarifOf(results);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a broken log with the same validator, so the schema check can fail', () => {
    const log = sarifOf(results);
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('checks URI formats, so a path left with its spaces would be rejected', () => {
    const log = sarifOf(results);
    log.runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri = 'news/Zürich notes/a.md';
    expect(validate(log)).toBe(false);
  });

  it('writes one run whose driver names the tool and lists the rules with SARIF levels', () => {
    const log = sarifOf(results);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('fact-provenance');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'unsourced-claim',
      'duplicate-paragraph',
      'anonymous-source',
    ]);
    expect(driver.rules[0]).toMatchObject({
      shortDescription: { text: 'A claim that nothing backs.' },
      help: { text: 'Add a citation or name the source.' },
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules[2].defaultConfiguration.level).toBe('note');
  });

  it('maps each severity to a SARIF level, info to note', () => {
    const levels = sarifOf(results).runs[0].results.map((r: { level: string }) => r.level);
    expect(levels).toEqual(['warning', 'error', 'note', 'warning']);
  });

  it('gives each result its rule id, rule index, message, region and evidence snippet', () => {
    const [first, second] = sarifOf(results).runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'unsourced-claim',
      ruleIndex: 0,
      message: { text: 'This claim has no source.' },
    });
    expect(second.ruleIndex).toBe(1);
    expect(second.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'articles/nato.md' },
      region: {
        startLine: 13,
        startColumn: 1,
        endLine: 14,
        endColumn: 12,
        snippet: { text: 'The Secretary-General is seeking to align the strategy.' },
      },
    });
  });

  it('points related locations at the first copy of a duplicate', () => {
    const second = sarifOf(results).runs[0].results[1];
    expect(second.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'articles/nato.md' },
          region: { startLine: 1, startColumn: 1 },
        },
        message: { text: 'First copy.' },
      },
    ]);
    expect(sarifOf(results).runs[0].results[0].relatedLocations).toBeUndefined();
  });

  it('percent-encodes spaces and non-ASCII letters in the artifact URI', () => {
    const last = sarifOf(results).runs[0].results[3];
    expect(last.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'news/Z%C3%BCrich%20notes/premi%C3%A8re.md',
    );
  });

  it('leaves out the rule index of a finding whose rule is not listed, and stays valid', () => {
    const log = sarifOf([{ file: 'a.md', findings: [finding({ ruleId: 'config-error' })] }]);
    expect(log.runs[0].results[0].ruleId).toBe('config-error');
    expect(log.runs[0].results[0]).not.toHaveProperty('ruleIndex');
    expect(validate(log)).toBe(true);
  });

  it('writes a valid log with an empty result list when nothing is found', () => {
    const log = sarifOf([{ file: 'a.md', findings: [] }]);
    expect(log.runs[0].results).toEqual([]);
    expect(validate(log)).toBe(true);
  });
});

describe('toArtifactUri', () => {
  it('turns Windows separators into forward slashes and drops a leading ./', () => {
    expect(toArtifactUri('.\\docs\\a b.md')).toBe('docs/a%20b.md');
    expect(toArtifactUri('./docs/a.md')).toBe('docs/a.md');
  });

  it('encodes characters that would end or split a URI path', () => {
    expect(toArtifactUri('notes/50%#1?.md')).toBe('notes/50%25%231%3F.md');
  });

  it('makes absolute paths file URIs', () => {
    expect(toArtifactUri('/home/ed/news/a b.md')).toBe('file:///home/ed/news/a%20b.md');
    expect(toArtifactUri('C:\\news\\a.md')).toBe('file:///C:/news/a.md');
  });
});
