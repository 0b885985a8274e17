import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { formatHtml } from '../../src/report/html.ts';
import { provenanceMap } from '../../src/report/map.ts';
import type { Finding, Kind } from '../../src/types.ts';

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
    const analysis = analyze(article, { path: 'nato-rutte.txt' });
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

  it('shows the coverage of claims, the same figure as `provenance sources`', async () => {
    // Claims: the 8 fact sentences outside the duplicate paragraph (reported as the duplicate instead);
    // backed: the 5 with markers (one of them anonymous too) and "Officials said".
    expect(await page.locator('.coverage strong').first().textContent()).toBe('75%');
    const map = provenanceMap(analyze(article, { path: 'nato-rutte.txt' }));
    expect([map.claims, map.backedClaims]).toEqual([8, 6]);
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

  it.each(JUDGED)(
    'renders "%s…" as %s with its findings in the hover title',
    async (start, kind, findings) => {
      const sentence = page.locator('article .s', { hasText: start }).first();
      expect(await sentence.getAttribute('data-kind')).toBe(kind);
      const title = (await sentence.getAttribute('title')) ?? '';
      for (const [ruleId] of findings) expect(title).toContain(ruleId);
    },
  );

  it('shows injected markup as text and never runs it', async () => {
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('article img, article script').count()).toBe(0);
    const sentence = await page.locator('article .s', { hasText: 'Officials said' }).textContent();
    expect(sentence).toContain('<script>window.__pwned = 1</script>');
    expect(sentence).toContain('"><img src=x onerror="window.__pwned = 2">');
  });
});

describe.skipIf(SKIP)('HTML report of a real article in Chromium', () => {
  const path = 'fixtures/articles/digitalgov-facebook-live-nih/article.md';
  const text = readFileSync(path, 'utf8');
  const analysis = analyze(text, { path });
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'corpus.html');
    writeFileSync(
      file,
      formatHtml([{ file: path, findings: analysis.findings, analysis, source: text }], []),
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: join(OUT, 'corpus.png'), fullPage: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every sentence of the analysis, without script errors', async () => {
    expect(errors).toEqual([]);
    expect(await page.locator('article .s').count()).toBe(analysis.sentences.length);
  });

  it('marks the statistic backed by its HTML footnote as cited', async () => {
    const sentence = page.locator('article .s', { hasText: '78 percent more shares' }).first();
    expect(await sentence.getAttribute('class')).toContain('cited');
  });

  it('marks each unsourced claim the analysis found', async () => {
    const unsourced = analysis.findings.filter((f) => f.ruleId === 'unsourced-claim').length;
    expect(await page.locator('article .s.unsourced').count()).toBe(unsourced);
  });
});
