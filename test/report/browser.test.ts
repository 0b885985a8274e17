import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.ts';
import type { Analysis, Evidence, Finding, Kind, Position, Sentence } from '../../src/types.ts';

/**
 * Opens the HTML report in a real browser. Needs Chromium (`scripts/browser-setup.sh` installs Debian's);
 * `PROVENANCE_CHROMIUM` names another binary. Without one the suite fails, unless
 * `PROVENANCE_SKIP_BROWSER=1` says to skip it.
 */
const CHROMIUM = process.env.PROVENANCE_CHROMIUM || '/usr/bin/chromium';
const SKIP = process.env.PROVENANCE_SKIP_BROWSER === '1';
const OUT = join(tmpdir(), 'fact-provenance-report');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const seed = readFileSync(new URL('../../fixtures/seed/nato-rutte.txt', import.meta.url), 'utf8');
const INJECTED =
  'Officials said <script>window.__pwned = 1</script> and "><img src=x onerror="window.__pwned = 2"> were found.';
const article = `${seed}\n\n${INJECTED}`;

/** What an editor expects of each seed sentence (SPEC.md, "The example article"), by its opening words. */
const JUDGED: [start: string, kind: Kind, findings: [ruleId: string, severity: Finding['severity']][]][] = [
  ['NATO Secretary-General Mark Rutte arrived', 'fact', []],
  ['The meeting comes', 'fact', []],
  ['This shift in military commitment', 'analysis', [['mixed-analysis', 'warning']]],
  ['Beyond the troop reductions', 'fact', []],
  ['The Secretary-General is seeking', 'fact', [['unsourced-claim', 'warning']]],
  ['Diplomatic sources said', 'fact', [['anonymous-source', 'info']]],
  ['Rutte is tasked', 'fact', [['unsourced-claim', 'warning']]],
  ['While the specific agenda', 'fact', []],
  ['The outcome of these talks', 'analysis', [['mixed-analysis', 'warning']]],
  ['The visit underscores', 'analysis', [['cited-analysis', 'info']]],
  ['The reduction of U.S. troop', 'analysis', []],
  ['By coupling these cuts', 'analysis', []],
  ['Officials said', 'fact', [['anonymous-source', 'info']]],
];

function at(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

/**
 * A hand-made analysis of the seed article as the pipeline should see it: blank-line paragraphs,
 * sentences ending at a full stop before a capital letter (the seed's "D.C.," and "U.S." are followed by
 * lower case), citation markers as backing, and the judgments of the table above.
 */
function handAnalysis(text: string): Analysis {
  const analysis: Analysis = {
    format: 'text',
    sentences: [],
    paragraphs: [],
    sources: [],
    duplicates: { paragraphs: [], sentences: [] },
    findings: [],
  };
  const paragraphPattern = /[^\n]+(?:\n[^\n]+)*/g;
  for (const paragraphMatch of text.matchAll(paragraphPattern)) {
    const paragraphStart = paragraphMatch.index;
    const paragraphText = paragraphMatch[0];
    const sentences: number[] = [];
    let cursor = 0;
    const ends = [...paragraphText.matchAll(/\.(?=\s+[A-Z])/g)].map((m) => m.index + 1);
    for (const end of [...ends, paragraphText.length]) {
      const raw = paragraphText.slice(cursor, end);
      const lead = raw.length - raw.trimStart().length;
      const sentenceText = raw.trim();
      const start = paragraphStart + cursor + lead;
      cursor = end;
      const judged = JUDGED.find(([opening]) => sentenceText.startsWith(opening));
      const kind = judged?.[1] ?? 'other';
      const evidence: Evidence[] = [];
      for (const marker of sentenceText.matchAll(/\[(\d+(?:,\s*\d+)*)\]/g)) {
        evidence.push({
          type: 'citation',
          text: marker[0],
          refs: (marker[1] ?? '').split(/,\s*/),
          start: at(text, start + marker.index),
          end: at(text, start + marker.index + marker[0].length),
        });
      }
      const anonymous = /^(Diplomatic sources|Officials) said/.exec(sentenceText);
      if (anonymous) {
        evidence.push({
          type: 'anonymous',
          text: anonymous[0],
          source: (anonymous[1] ?? '').toLowerCase(),
          cue: 'said',
          start: at(text, start),
          end: at(text, start + anonymous[0].length),
        });
      }
      const sentence: Sentence = {
        index: analysis.sentences.length,
        text: sentenceText,
        start: at(text, start),
        end: at(text, start + sentenceText.length),
        paragraph: analysis.paragraphs.length,
        kind,
        claim: kind === 'fact',
        evidence,
        backing: evidence.filter((e) => e.type === 'citation'),
        reasons: [],
      };
      sentences.push(sentence.index);
      analysis.sentences.push(sentence);
      for (const [ruleId, severity] of judged?.[2] ?? []) {
        analysis.findings.push(
          finding(sentence, ruleId, severity, `${ruleId} on “${sentenceText.slice(0, 30)}”`),
        );
      }
    }
    analysis.paragraphs.push({
      index: analysis.paragraphs.length,
      type: 'paragraph',
      text: paragraphText,
      start: at(text, paragraphStart),
      end: at(text, paragraphStart + paragraphText.length),
      sentences,
    });
  }
  // The seventh paragraph (line 13) repeats the first without its markers.
  const copy = analysis.paragraphs[6];
  if (!copy) throw new Error('the seed article has fewer than seven paragraphs');
  analysis.findings.push({
    ...finding(
      copy,
      'duplicate-paragraph',
      'error',
      'Repeats the paragraph at line 1 and lost its citations [1, 2].',
    ),
    related: [{ line: 1, column: 1, message: 'First copy.' }],
  });
  analysis.duplicates.paragraphs.push({ paragraph: 6, of: 0, similarity: 1, lostCitations: ['1', '2'] });
  return analysis;
}

function finding(
  span: { start: Position; end: Position; text: string },
  ruleId: string,
  severity: Finding['severity'],
  message: string,
): Finding {
  return {
    file: 'fixtures/seed/nato-rutte.txt',
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    ruleId,
    severity,
    message,
    evidence: span.text,
  };
}

const MISSING =
  `Chromium not found at ${CHROMIUM}: run scripts/browser-setup.sh, set PROVENANCE_CHROMIUM to a ` +
  'Chromium binary, or set PROVENANCE_SKIP_BROWSER=1 to skip the browser tests.';

it.skipIf(SKIP)(`finds Chromium to run the browser tests (${CHROMIUM})`, () => {
  expect(existsSync(CHROMIUM), MISSING).toBe(true);
});

describe.skipIf(SKIP)(`HTML report in Chromium${SKIP ? ' (skipped: PROVENANCE_SKIP_BROWSER=1)' : ''}`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING);
    const analysis = handAnalysis(article);
    const html = formatHtml(
      [{ file: 'fixtures/seed/nato-rutte.txt', findings: analysis.findings, analysis, source: article }],
      [],
    );
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'seed.html');
    writeFileSync(file, html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: join(OUT, 'seed.png'), fullPage: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing but the report file and runs without script errors', () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('marks the duplicate paragraph and its sentence', async () => {
    const paragraph = page.locator('#f0-p6');
    await expect(paragraph.getAttribute('class')).resolves.toContain('duplicate');
    expect(await paragraph.locator('.s').first().getAttribute('class')).toContain('duplicate');
    expect(await page.locator('#f0-p0').getAttribute('class')).not.toContain('duplicate');
  });

  it('marks the unsourced claims and the analysis sentences', async () => {
    const unsourced = await page.locator('article .s.unsourced').allTextContents();
    expect(unsourced.map((text) => text.slice(0, 20))).toEqual([
      'The Secretary-Genera',
      'Rutte is tasked with',
    ]);
    expect(await page.locator('article .s.analysis').count()).toBe(5);
    expect(await page.locator('article .s[data-kind="analysis"]').count()).toBe(5);
  });

  it('shows a sentence’s finding in the details panel when it is clicked', async () => {
    const panel = page.locator('#panel');
    await expect(panel.isVisible()).resolves.toBe(false);
    await page.locator('article .s.unsourced').first().click();
    await expect(panel.isVisible()).resolves.toBe(true);
    const text = await panel.textContent();
    expect(text).toContain('unsourced-claim');
    expect(text).toContain('The Secretary-General is seeking');
    expect(text).toContain('Nothing backs this sentence.');
    await page.screenshot({ path: join(OUT, 'seed-panel.png') });
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
  });

  it('shows the duplicate finding and where the first copy is', async () => {
    await page.locator('#f0-p6 .s').first().click();
    const text = await page.locator('#panel').textContent();
    expect(text).toContain('lost its citations [1, 2]');
    expect(text).toContain('see line 1, column 1');
  });

  it('shows the coverage of claims', async () => {
    // Claims: the 9 fact sentences; backed: the 5 with markers (one of them anonymous too) and "Officials said".
    expect(await page.locator('.coverage strong').first().textContent()).toBe('67%');
  });

  it('follows the reader’s dark colour scheme', async () => {
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    await page.screenshot({ path: join(OUT, 'seed-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(light).toBe('rgb(251, 250, 247)');
    expect(dark).toBe('rgb(27, 26, 24)');
  });

  it('leaves the details panel out of print', async () => {
    await page.locator('article .s.unsourced').first().click();
    await expect(page.locator('#panel').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows injected markup as text and never runs it', async () => {
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('article img, article script').count()).toBe(0);
    const sentence = await page.locator('article .s', { hasText: 'Officials said' }).textContent();
    expect(sentence).toContain('<script>window.__pwned = 1</script>');
    expect(sentence).toContain('"><img src=x onerror="window.__pwned = 2">');
  });
});
