import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.ts';
import { parallelThreshold } from './threads.ts';
import { version } from './version.ts';

export { UsageError };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  stdin: () => Promise<string>;
  cwd: string;
  /** Colour on (the CLI decides from TTY, NO_COLOR, FORCE_COLOR and --no-color). */
  color: boolean;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

function defaultIo(): Io {
  // The reader went away (`provenance check … | head`): stop quietly, as other command-line tools do,
  // instead of a stack trace for every write that follows.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const env = process.env;
  const tty = Boolean(process.stdout.isTTY);
  const color = env.FORCE_COLOR
    ? env.FORCE_COLOR !== '0'
    : tty && !('NO_COLOR' in env) && env.TERM !== 'dumb';
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    color,
    isTTY: Boolean(process.stderr.isTTY),
    env,
  };
}

const integer = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} expects a whole number, got "${value}"`);
  return Number(value);
};

const percentage = (value: string) => {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new UsageError(`--min-coverage expects a percentage from 0 to 100, got "${value}"`);
  }
  return n;
};

const fraction = (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n <= 1)) {
    throw new UsageError(`--cross-file-threshold expects a number above 0 and at most 1, got "${value}"`);
  }
  return n;
};

const jobsValue = (value: string): number | 'auto' => {
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--jobs expects a positive whole number or "auto", got "${value}"`);
  return Number(value);
};

type Engine = typeof import('./engine.ts');

declare global {
  /** Set by bin/provenance.cjs: loads the bundled engine (a second file, with its own code cache). */
  var __provenanceEngine: (() => Engine) | undefined;
  /**
   * Set by bin/provenance.cjs: turns V8's optimising compiler back on for a run over much text, with
   * inlining or without it, and with a compact heap tuned for the number of threads (see src/cli/tiering.ts).
   */
  var __provenanceLongRun: ((tiers: { inlining: boolean; threads: number }) => void) | undefined;
}

/** The command implementations: from the engine bundle when running bundled, else by import. */
function engine(): Promise<Engine> {
  const load = globalThis.__provenanceEngine;
  return load ? Promise.resolve(load()) : import('./engine.ts');
}

/** Runs the command line and returns the exit code: 0 clean, 1 findings over the limits, 2 could not run. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code = 0;
  const program = new Command('provenance')
    .description(
      'Checks news articles: what backs each sentence, unsourced claims, duplicates, analysis vs. fact.',
    )
    .version(version, '-v, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run "provenance --help" for usage)');

  program
    .command('check', { isDefault: true })
    .description('check files, folders and globs ("-" or --stdin reads standard input)')
    .argument('[paths...]', 'files, folders (.md .markdown .txt) or quoted globs')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json', 'sarif', 'github', 'html'])
        .default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colour in the output')
    .option('--stdin', 'read the article from standard input')
    .option(
      '--stdin-filename <name>',
      'name (and format, by extension) of the article read from standard input',
    )
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option(
      '--no-ignore',
      'do not honour .gitignore, .provenanceignore and config "ignore" when walking folders',
    )
    .option('--no-error-on-unmatched-pattern', 'a glob that matches no file is not an error')
    .option('--summary', 'print a one-line summary with claim coverage on stderr (for CI logs)')
    .option('--min-coverage <pct>', 'exit 1 when backed claims / claims is below this percentage', percentage)
    .option('--diff <ref>', 'report only findings in paragraphs changed against a git ref')
    .option('--staged', 'check the staged content; report only findings in paragraphs changed in the index')
    .option(
      '-j, --jobs <n>',
      `worker threads: a number, or "auto" (several from ${parallelThreshold} files on)`,
      jobsValue,
      'auto',
    )
    .option('--cache', 'reuse results for unchanged files (keyed by content, version and configuration)')
    .option('--cache-location <path>', 'cache file or folder (default: .provenancecache)')
    .option('--cross-file', 'also report paragraphs repeated across the checked articles (recycled copy)')
    .option(
      '--cross-file-threshold <n>',
      'similarity (0, 1] for --cross-file near-duplicates (default 0.8)',
      fraction,
    )
    .option(
      '--report-unused-disable-directives',
      'warn about provenance-disable comments that suppress nothing',
    )
    .option('--no-progress', 'no progress counter on stderr (it shows only on a terminal, outside CI)')
    .action(async (paths: string[], options) => {
      const { runCheck } = await engine();
      code = await runCheck(paths, options, io);
    });

  program
    .command('split')
    .description('the article separated: reported facts (with their sources), unsourced claims, analysis')
    .argument('<file>', 'article (.md, .markdown or .txt; "-" for standard input)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option('-c, --config <file>', 'use this configuration file')
    .option('--no-color', 'no colour in the output')
    .action(async (file: string, options) => {
      const { runView } = await engine();
      code = await runView('split', file, options, io);
    });

  program
    .command('sources')
    .description('the provenance map: each source and the sentences it backs; unbacked claims; coverage')
    .argument('<file>', 'article (.md, .markdown or .txt; "-" for standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'use this configuration file')
    .option('--no-color', 'no colour in the output')
    .action(async (file: string, options) => {
      const { runView } = await engine();
      code = await runView('sources', file, options, io);
    });

  program
    .command('rules')
    .description('list the rules with their default severities')
    .action(async () => {
      // The rule list is small data: it stays in the command-line bundle, without the engine.
      const { listRules } = await import('./rules-command.ts');
      io.stdout(listRules());
    });

  program
    .command('init')
    .description('write a commented starter .provenancerc.yaml in the current folder')
    .option('--force', 'overwrite an existing .provenancerc.yaml')
    .action(async (options: { force?: boolean }) => {
      const { runInit } = await engine();
      code = await runInit(options, io);
    });

  program
    .command('print-config')
    .description('print the effective configuration for a file (as JSON) and the files it came from')
    .argument('<file>', 'the article whose configuration to show (it need not exist)')
    .option('-c, --config <file>', 'use this configuration file')
    .action(async (file: string, options: { config?: string }) => {
      const { runPrintConfig } = await engine();
      code = await runPrintConfig(file, options, io);
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      )
        return 0;
      return 2;
    }
    // By name: the engine is a separate bundle with its own copy of the class.
    if (error instanceof UsageError || (error as Error)?.name === 'UsageError') {
      io.stderr(`provenance: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
