import { resolve } from 'node:path';
import { checkText, readArticle } from '../check.ts';
import { createConfigLoader } from '../config/index.ts';
import {
  formatSourcesText,
  formatSplitMarkdown,
  formatSplitText,
  sourcesJson,
  splitView,
} from '../report/views.ts';
import type { Io } from './main.ts';
import { terminalStyle } from './style.ts';

export interface ViewFlags {
  format: 'text' | 'markdown' | 'json';
  config?: string;
  color: boolean;
}

/** `provenance split FILE` and `provenance sources FILE`. */
export async function runView(
  view: 'split' | 'sources',
  file: string,
  flags: ViewFlags,
  io: Io,
): Promise<number> {
  let text: string;
  if (file === '-') {
    text = await io.stdin();
  } else {
    const read = await readArticle(resolve(io.cwd, file));
    if ('error' in read) {
      io.stderr(`provenance: ${file}: ${read.error}\n`);
      return 2;
    }
    text = read.text;
  }
  const name = file === '-' ? '<stdin>' : file;
  let analysis: ReturnType<typeof checkText>['analysis'];
  try {
    const target = resolve(io.cwd, file === '-' ? 'stdin.txt' : file);
    const loaded = await createConfigLoader(io.cwd).loadConfigFor(target, flags.config);
    analysis = checkText(text, name, loaded.config, true).analysis;
  } catch (error) {
    const kind = (error as Error).name;
    if (kind !== 'ConfigError' && kind !== 'InputError') throw error;
    io.stderr(`provenance: ${kind === 'InputError' ? `${name}: ` : ''}${(error as Error).message}\n`);
    return 2;
  }
  if (!analysis) return 2;
  const style = terminalStyle(flags.color && io.color);
  if (view === 'split') {
    const data = splitView(analysis);
    if (flags.format === 'json') io.stdout(`${JSON.stringify({ file: name, ...data }, null, 2)}\n`);
    else if (flags.format === 'markdown') io.stdout(formatSplitMarkdown(name, data));
    else io.stdout(formatSplitText(name, data, style));
  } else if (flags.format === 'json') {
    io.stdout(`${JSON.stringify(sourcesJson(name, analysis), null, 2)}\n`);
  } else {
    io.stdout(formatSourcesText(name, analysis, style));
  }
  return 0;
}
