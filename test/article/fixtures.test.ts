import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { orderedFinding } from '../../src/report/json.ts';

// Each folder under fixtures/articles holds one article (article.md or article.txt) and expected.json,
// the hand-reviewed findings. A missing expected file fails. PROVENANCE_UPDATE_FIXTURES=1 writes the
// current output for review and still fails, so an unreviewed file never passes silently.
const root = 'fixtures/articles';
// Folders only: notes such as REVIEW.md sit beside the cases.
const cases = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];
const update = process.env.PROVENANCE_UPDATE_FIXTURES === '1';

describe('article fixtures', () => {
  it('has fixture articles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s gives its reviewed findings', (name) => {
    const dir = join(root, name);
    const article = readdirSync(dir).find((f) => /^article\.(md|markdown|txt)$/.test(f));
    expect(article, `${dir} has no article.md or article.txt`).toBeDefined();
    const path = join(dir, article as string);
    const findings = analyze(readFileSync(path, 'utf8'), { path: article as string }).findings.map(
      orderedFinding,
    );
    const expectedPath = join(dir, 'expected.json');
    if (update) {
      writeFileSync(expectedPath, `${JSON.stringify(findings, null, 2)}\n`);
      throw new Error(`${expectedPath} written: review it, then run without PROVENANCE_UPDATE_FIXTURES`);
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing: an expected file is a reviewed spec`).toBe(
      true,
    );
    expect(findings).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
