import { yamlPackage } from '../lazy.ts';
import { ConfigError } from './errors.ts';

export type ConfigFormat = 'json' | 'yaml';

/** 1-based line and column of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** The offset a `JSON.parse` error points at: Node 20 says "at position N", newer versions "(line L column C)". */
function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumnMatch = /line (\d+) column (\d+)/.exec(message);
  if (lineColumnMatch) {
    const lines = text.split('\n').slice(0, Number(lineColumnMatch[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumnMatch[2]) - 1;
  }
  return text.length;
}

function jsonErrorText(message: string): string {
  return (
    message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/^JSON\.parse: /, '') || 'unexpected input'
  );
}

/**
 * Parses the text of a configuration file. JSON is strict JSON (no comments); YAML is YAML 1.2,
 * which only ever builds plain data (no tags run code). An empty YAML file is an empty configuration.
 * Throws a {@link ConfigError} `<source>:<line>:<column>: invalid JSON|YAML: <what>` when malformed.
 */
export function parseConfigText(text: string, source: string, format: ConfigFormat): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'json') {
    try {
      return JSON.parse(body);
    } catch (error) {
      const message = (error as Error).message;
      const { line, column } = lineColumn(body, jsonErrorOffset(body, message));
      throw new ConfigError(source, `${source}:${line}:${column}: invalid JSON: ${jsonErrorText(message)}`, {
        cause: error,
      });
    }
  }
  const document = yamlPackage().parseDocument(body, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const { line, column } = lineColumn(body, error.pos[0]);
    const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(source, `${source}:${line}:${column}: invalid YAML: ${what}`, { cause: error });
  }
  return document.toJS() ?? {};
}

/** JSON for `.json` files and `package.json`; YAML for everything else (YAML also reads JSON). */
export function formatOf(filePath: string): ConfigFormat {
  return /\.json$/i.test(filePath) ? 'json' : 'yaml';
}
