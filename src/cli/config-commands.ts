import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, createConfigLoader, initConfigText } from '../config/index.ts';
import type { Io } from './main.ts';

/** `provenance init`: writes the starter configuration; never overwrites without --force. */
export async function runInit(options: { force?: boolean }, io: Io): Promise<number> {
  const file = join(io.cwd, '.provenancerc.yaml');
  try {
    writeFileSync(file, initConfigText(), { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      io.stderr('provenance: .provenancerc.yaml already exists; use --force to overwrite it\n');
    } else {
      io.stderr(`provenance: .provenancerc.yaml: cannot write: ${(error as Error).message}\n`);
    }
    return 2;
  }
  io.stdout('Wrote .provenancerc.yaml\n');
  return 0;
}

/** `provenance print-config FILE`: the effective configuration and where it came from. */
export async function runPrintConfig(file: string, options: { config?: string }, io: Io): Promise<number> {
  try {
    const loaded = await createConfigLoader(io.cwd).loadConfigFor(resolve(io.cwd, file), options.config);
    io.stdout(`${JSON.stringify({ file, sources: loaded.sources, config: loaded.config }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`provenance: ${error.message}\n`);
    return 2;
  }
}
