import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/cli/files.ts';

const walk = path.resolve(import.meta.dirname, '../../fixtures/config/walk');
const options = { cwd: walk, useIgnore: true, errorOnUnmatchedPattern: true };
const join = (...parts: string[]) => path.join(...parts);

describe('expandPaths: folders', () => {
  it('walks a folder for .md, .markdown and .txt files, honouring ignore files, skipping node_modules', async () => {
    expect(await expandPaths(['.'], options)).toEqual({
      files: [
        'a.md',
        'b.markdown',
        'c.txt',
        join('opinion', 'column.md'),
        join('sub', 'deeper', 'f.md'),
        join('sub', 'e.md'),
        join('ünïcødé', 'naïve café.md'),
      ],
      errors: [],
    });
  });

  it('reports walked files under the folder as the user wrote it', async () => {
    const result = await expandPaths(['sub'], options);
    expect(result.files).toEqual([join('sub', 'deeper', 'f.md'), join('sub', 'e.md')]);
    expect((await expandPaths(['./sub/'], options)).files).toEqual(result.files);
    const fromAbove = await expandPaths([join('walk', 'sub')], { ...options, cwd: path.dirname(walk) });
    expect(fromAbove.files).toEqual([join('walk', 'sub', 'deeper', 'f.md'), join('walk', 'sub', 'e.md')]);
  });

  it('gives absolute paths for an absolute folder', async () => {
    const result = await expandPaths([join(walk, 'sub')], { ...options, cwd: tmpdir() });
    expect(result.files).toEqual([join(walk, 'sub', 'deeper', 'f.md'), join(walk, 'sub', 'e.md')]);
  });

  it('applies the ignore files of the folders above the walked one', async () => {
    // sub/.provenanceignore ignores local.md; the top .gitignore ignores drafts/ and *.tmp.md.
    expect((await expandPaths(['sub/deeper', 'sub'], options)).files).not.toContain(join('sub', 'local.md'));
    const drafts = await expandPaths(['drafts'], options);
    expect(drafts).toEqual({
      files: [],
      errors: [{ path: 'drafts', message: '"drafts": all matching files are ignored' }],
    });
  });

  it('uses no ignore file and no extra globs when useIgnore is false, but still skips node_modules', async () => {
    const result = await expandPaths(['.'], { ...options, useIgnore: false, extraIgnore: ['opinion/**'] });
    expect(result.files).toEqual([
      'a.md',
      join('archive', 'old.md'),
      'b.markdown',
      'c.txt',
      join('drafts', 'd.md'),
      join('opinion', 'column.md'),
      join('sub', 'deeper', 'f.md'),
      join('sub', 'e.md'),
      join('sub', 'local.md'),
      'x.tmp.md',
      join('ünïcødé', 'naïve café.md'),
    ]);
  });

  it('leaves out files matching the extra ignore globs, a bare folder name covering its contents', async () => {
    const result = await expandPaths(['.'], { ...options, extraIgnore: ['opinion', '**/f.md'] });
    expect(result.files).toEqual([
      'a.md',
      'b.markdown',
      'c.txt',
      join('sub', 'e.md'),
      join('ünïcødé', 'naïve café.md'),
    ]);
  });

  it('reads extra ignore globs relative to ignoreBase', async () => {
    const result = await expandPaths(['sub'], {
      ...options,
      extraIgnore: ['e.md'],
      ignoreBase: join(walk, 'sub'),
    });
    expect(result.files).toEqual([join('sub', 'deeper', 'f.md')]);
  });

  it('reports a folder with no checkable files unless errorOnUnmatchedPattern is false', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'provenance-files-'));
    try {
      await writeFile(path.join(scratch, 'data.json'), '{}');
      expect(await expandPaths(['.'], { ...options, cwd: scratch })).toEqual({
        files: [],
        errors: [{ path: '.', message: '".": no files match' }],
      });
      expect(await expandPaths(['.'], { ...options, cwd: scratch, errorOnUnmatchedPattern: false })).toEqual({
        files: [],
        errors: [],
      });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('expandPaths: files', () => {
  it('always includes a named file, whatever its extension and even if ignored', async () => {
    const result = await expandPaths(
      ['notes.json', 'drafts/d.md', 'x.tmp.md', 'node_modules/pkg/readme.md'],
      {
        ...options,
        extraIgnore: ['notes.json'],
      },
    );
    expect(result).toEqual({
      files: [join('drafts', 'd.md'), join('node_modules', 'pkg', 'readme.md'), 'notes.json', 'x.tmp.md'],
      errors: [],
    });
  });

  it('reports a missing path and still expands the others', async () => {
    expect(await expandPaths(['missing.md', 'a.md', 'nope/'], options)).toEqual({
      files: ['a.md'],
      errors: [
        { path: 'missing.md', message: '"missing.md": no such file or directory' },
        { path: 'nope/', message: '"nope/": no such file or directory' },
      ],
    });
  });

  it('lists each file once, however many arguments reach it, in code-unit order', async () => {
    const result = await expandPaths(['sub/e.md', './a.md', 'sub', 'a.md', '*.md'], options);
    expect(result).toEqual({
      files: ['a.md', join('sub', 'deeper', 'f.md'), join('sub', 'e.md')],
      errors: [],
    });
  });

  it('works with non-ASCII file names given directly', async () => {
    expect((await expandPaths(['ünïcødé/naïve café.md'], options)).files).toEqual([
      join('ünïcødé', 'naïve café.md'),
    ]);
  });
});

describe('expandPaths: globs', () => {
  it('expands a glob from its static base, honouring ignore files', async () => {
    expect((await expandPaths(['**/*.md'], options)).files).toEqual([
      'a.md',
      join('opinion', 'column.md'),
      join('sub', 'deeper', 'f.md'),
      join('sub', 'e.md'),
      join('ünïcødé', 'naïve café.md'),
    ]);
    expect((await expandPaths(['sub/*.md'], options)).files).toEqual([join('sub', 'e.md')]);
    expect((await expandPaths(['./sub/**/*.md'], options)).files).toEqual([
      join('sub', 'deeper', 'f.md'),
      join('sub', 'e.md'),
    ]);
  });

  it('matches only checked extensions when the last segment names none', async () => {
    expect((await expandPaths(['opinion/**'], options)).files).toEqual([join('opinion', 'column.md')]);
  });

  it('matches any extension the glob names', async () => {
    expect((await expandPaths(['opinion/*.mdx'], options)).files).toEqual([join('opinion', 'notes.mdx')]);
    expect((await expandPaths(['*.json'], options)).files).toEqual(['notes.json']);
  });

  it('supports braces and classes', async () => {
    expect((await expandPaths(['*.{markdown,txt}'], options)).files).toEqual(['b.markdown', 'c.txt']);
    expect((await expandPaths(['[ab].*'], options)).files).toEqual(['a.md', 'b.markdown']);
  });

  it('reports a glob that matches nothing, unless errorOnUnmatchedPattern is false', async () => {
    expect(await expandPaths(['**/*.rst'], options)).toEqual({
      files: [],
      errors: [{ path: '**/*.rst', message: '"**/*.rst": no files match' }],
    });
    expect(await expandPaths(['missing/**/*.md'], options)).toEqual({
      files: [],
      errors: [{ path: 'missing/**/*.md', message: '"missing/**/*.md": no files match' }],
    });
    expect(await expandPaths(['**/*.rst'], { ...options, errorOnUnmatchedPattern: false })).toEqual({
      files: [],
      errors: [],
    });
  });

  it('says when a glob matched only ignored files', async () => {
    expect(await expandPaths(['drafts/*.md'], options)).toEqual({
      files: [],
      errors: [{ path: 'drafts/*.md', message: '"drafts/*.md": all matching files are ignored' }],
    });
  });

  it('takes an existing path with glob characters literally', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'provenance-files-'));
    try {
      await writeFile(path.join(scratch, 'notes[1].md'), 'x');
      await writeFile(path.join(scratch, 'notes1.md'), 'x');
      expect((await expandPaths(['notes[1].md'], { ...options, cwd: scratch })).files).toEqual([
        'notes[1].md',
      ]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('expandPaths: symbolic links', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'provenance-links-'));
    await mkdir(path.join(scratch, 'tree/real/inner'), { recursive: true });
    await writeFile(path.join(scratch, 'tree/real/a.md'), 'x');
    await writeFile(path.join(scratch, 'tree/real/inner/b.md'), 'x');
    await symlink('..', path.join(scratch, 'tree/real/inner/up'), 'dir');
    await symlink('real', path.join(scratch, 'tree/a-link'), 'dir');
    await symlink('nowhere.md', path.join(scratch, 'tree/dangling.md'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('ends on a link loop and lists a file reached through a link under its real folder', async () => {
    const result = await expandPaths(['tree'], { ...options, cwd: scratch });
    expect(result).toEqual({
      files: [join('tree', 'real', 'a.md'), join('tree', 'real', 'inner', 'b.md')],
      errors: [],
    });
  });

  it('ends on a link loop inside a glob walk', async () => {
    const result = await expandPaths(['tree/real/**/*.md'], { ...options, cwd: scratch });
    expect(result.files).toEqual([join('tree', 'real', 'a.md'), join('tree', 'real', 'inner', 'b.md')]);
  });

  it('follows a linked folder named on the command line', async () => {
    const result = await expandPaths(['tree/a-link'], { ...options, cwd: scratch });
    expect(result.files).toEqual([join('tree', 'a-link', 'a.md'), join('tree', 'a-link', 'inner', 'b.md')]);
  });

  it('reports a dangling link named on the command line as missing', async () => {
    const result = await expandPaths(['tree/dangling.md'], { ...options, cwd: scratch });
    expect(result.errors).toEqual([
      { path: 'tree/dangling.md', message: '"tree/dangling.md": no such file or directory' },
    ]);
  });
});
