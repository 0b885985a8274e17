import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const unsourced = 'The agency hired 40 engineers in March 2024.\n';

describe('configuration on the command line', () => {
  it('applies a discovered .provenancerc.json (a rule turned off)', async () => {
    const cwd = tree({ '.provenancerc.json': '{"rules": {"unsourced-claim": "off"}}', 'a.txt': unsourced });
    const { code, stdout } = await run(['check', 'a.txt', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].findings).toEqual([]);
  });

  it('raises a rule to error through YAML config, so the exit code becomes 1', async () => {
    const cwd = tree({ '.provenancerc.yaml': 'rules:\n  unsourced-claim: error\n', 'a.txt': unsourced });
    const { code, stdout } = await run(['check', 'a.txt', '--format', 'json'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].findings[0]).toMatchObject({ ruleId: 'unsourced-claim', severity: 'error' });
  });

  it('names the file, key and allowed values of a bad setting, exit 2', async () => {
    const cwd = tree({ '.provenancerc.json': '{"rules": {"unsourced-claim": "loud"}}', 'a.txt': unsourced });
    const { code, stderr } = await run(['check', 'a.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(
      '.provenancerc.json: rules.unsourced-claim: expected "off" | "info" | "warning" | "error", got "loud"',
    );
  });

  it('turns the analysis rules off for an opinion piece through front matter', async () => {
    const article =
      '---\nprovenance:\n  type: opinion\n---\n\nThe cuts will likely reshape the alliance, officials said on Monday. This signals a pivot.\n';
    const cwd = tree({ 'op.md': article });
    const { stdout } = await run(['check', 'op.md', '--format', 'json'], { cwd });
    const rules = JSON.parse(stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).not.toContain('mixed-analysis');
    expect(rules).not.toContain('cited-analysis');
  });

  it('print-config shows the effective configuration and its source file', async () => {
    const cwd = tree({ '.provenancerc.yaml': 'scope: sentence\n' });
    const { code, stdout } = await run(['print-config', 'story.md'], { cwd });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.sources).toEqual(['.provenancerc.yaml']);
    expect(printed.config.scope).toBe('sentence');
  });

  it('init writes a starter file once and refuses to overwrite it', async () => {
    const cwd = tree({});
    expect((await run(['init'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, '.provenancerc.yaml'), 'utf8')).toContain('unsourced-claim');
    const again = await run(['init'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const printed = await run(['print-config', 'x.md'], { cwd });
    expect(printed.code).toBe(0);
  });

  it('walks a folder, honouring .provenanceignore, and reports paths as given', async () => {
    const cwd = tree({
      'docs/a.md': unsourced,
      'docs/drafts/b.md': unsourced,
      'docs/.provenanceignore': 'drafts/\n',
      'docs/notes.json': '{}',
    });
    const { stdout } = await run(['check', 'docs', '--format', 'json'], { cwd });
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual(['docs/a.md']);
    const all = await run(['check', 'docs', '--format', 'json', '--no-ignore'], { cwd });
    expect(JSON.parse(all.stdout).map((r: { file: string }) => r.file)).toEqual([
      'docs/a.md',
      'docs/drafts/b.md',
    ]);
  });

  it('a glob that matches nothing is exit 2 unless --no-error-on-unmatched-pattern', async () => {
    const cwd = tree({ 'a.md': unsourced });
    const strict = await run(['check', 'nothing/**/*.md'], { cwd });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('nothing/**/*.md');
    const lenient = await run(['check', 'nothing/**/*.md', 'a.md', '--no-error-on-unmatched-pattern'], {
      cwd,
    });
    expect(lenient.code).toBe(0);
  });

  it('--min-coverage fails the run when too few claims are backed', async () => {
    const cwd = tree({ 'a.txt': `${unsourced}\nRutte said the talks went well.\n` });
    expect((await run(['check', 'a.txt', '--min-coverage', '90'], { cwd })).code).toBe(1);
    expect((await run(['check', 'a.txt', '--min-coverage', '40'], { cwd })).code).toBe(0);
    const bad = await run(['check', 'a.txt', '--min-coverage', 'most'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-coverage');
  });

  it('--summary prints files, findings and coverage on stderr', async () => {
    const cwd = tree({ 'a.txt': unsourced });
    const { stderr } = await run(['check', 'a.txt', '--summary'], { cwd });
    expect(stderr).toMatch(
      /^provenance: 1 files, 0 errors, 1 warnings, 0 infos; coverage 0\/1 claims backed \(0\.0%\)$/m,
    );
  });
});
