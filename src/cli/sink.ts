import { createWriteStream, type WriteStream } from 'node:fs';
import type { FileResult } from '../check.ts';
import { formatGithub } from '../report/github.ts';
import { formatJsonElement } from '../report/json.ts';
import { formatStylishFile, formatStylishSummary } from '../report/stylish.ts';
import type { Severity } from '../types.ts';
import type { Io } from './main.ts';
import { formatReport } from './output.ts';
import { terminalStyle } from './style.ts';

/** Formats that can be written file by file as results arrive, keeping nothing in memory. */
export const streamable = new Set(['stylish', 'json', 'github']);

/** Running totals: what the exit code, the summary line and the coverage check need. */
export interface Totals {
  files: number;
  counts: Record<Severity, number>;
  claims: number;
  backed: number;
}

/**
 * Where the report goes, as results arrive in order. Streamable formats are written at once (a run over
 * ten thousand articles holds no findings in memory); the others are kept and formatted at the end.
 */
export class ReportSink {
  readonly totals: Totals = { files: 0, counts: { error: 0, warning: 0, info: 0 }, claims: 0, backed: 0 };
  readonly #format: string;
  readonly #color: boolean;
  readonly #io: Io;
  readonly #kept: FileResult[] = [];
  readonly #stream: boolean;
  #file: WriteStream | undefined;
  #failed: Error | undefined;
  #first = true;

  readonly #quiet: boolean;

  constructor(
    format: string,
    io: Io,
    options: { color: boolean; output?: string; keepAll: boolean; quiet?: boolean },
  ) {
    this.#format = format;
    this.#quiet = Boolean(options.quiet);
    this.#io = io;
    this.#color = options.color;
    this.#stream = streamable.has(format) && !options.keepAll;
    if (options.output) {
      this.#file = createWriteStream(options.output);
      this.#file.on('error', (error) => {
        this.#failed = error;
      });
    }
  }

  /** The results kept for formats that need them all (empty when streaming). */
  get kept(): FileResult[] {
    return this.#kept;
  }

  #write(text: string): void {
    if (text === '') return;
    if (this.#file) this.#file.write(text);
    else this.#io.stdout(text);
  }

  add(result: FileResult): void {
    const t = this.totals;
    t.files++;
    for (const f of result.findings) t.counts[f.severity]++;
    t.claims += result.coverage?.claims ?? 0;
    t.backed += result.coverage?.backedClaims ?? 0;
    // --quiet shows errors only; the totals (exit code, summary) still count everything.
    const shown = this.#quiet
      ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') }
      : result;
    if (!this.#stream) {
      this.#kept.push(shown);
      return;
    }
    if (this.#format === 'json') {
      this.#write(`${this.#first ? '[\n' : ',\n'}${formatJsonElement(shown)}`);
    } else if (this.#format === 'stylish') {
      this.#write(formatStylishFile(shown, terminalStyle(this.#color)));
    } else {
      this.#write(formatGithub([shown]));
    }
    this.#first = false;
  }

  /** Writes the end of the report (or all of it, for the formats kept to the end). */
  async end(): Promise<void> {
    if (!this.#stream) {
      this.#write(await formatReport(this.#format, this.#kept, this.#color));
    } else if (this.#format === 'json') {
      this.#write(this.#first ? '[]\n' : '\n]\n');
    } else if (this.#format === 'stylish') {
      this.#write(formatStylishSummary(this.totals.counts, this.totals.files, terminalStyle(this.#color)));
    }
    const file = this.#file;
    if (file) await new Promise<void>((done) => file.end(done));
    if (this.#failed) throw this.#failed;
  }
}
