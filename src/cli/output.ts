import type { FileResult } from '../check.ts';
import { formatJson } from '../report/json.ts';
import { formatStylish } from '../report/stylish.ts';
import { terminalStyle } from './style.ts';
import { version } from './version.ts';

/** Formats results; the SARIF, GitHub and HTML formatters load only when asked for. */
export async function formatReport(format: string, results: FileResult[], color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif': {
      const [{ formatSarif }, { rules }] = await Promise.all([
        import('../report/sarif.ts'),
        import('../rules/index.ts'),
      ]);
      return formatSarif(
        results,
        rules.map((r) => r.meta),
        { name: 'fact-provenance', version },
      );
    }
    case 'github': {
      const { formatGithub } = await import('../report/github.ts');
      return formatGithub(results);
    }
    case 'html': {
      const [{ formatHtml }, { rules }] = await Promise.all([
        import('../report/html.ts'),
        import('../rules/index.ts'),
      ]);
      return formatHtml(
        results,
        rules.map((r) => r.meta),
      );
    }
    default:
      return formatStylish(results, terminalStyle(color));
  }
}
