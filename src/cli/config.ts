import type { Config, UserConfig } from '../config/types.ts';

export interface ConfigLoader {
  /** The effective configuration for a file (absolute path). */
  forFile(file: string): Promise<UserConfig | Config | undefined>;
  /** Extra ignore globs that apply to a folder walk. */
  ignoreFor?: (folder: string) => Promise<string[]>;
}

/** Finds and caches configuration per folder. */
export function configLoader(_cwd: string, _configFile: string | undefined): ConfigLoader {
  return { forFile: async () => undefined };
}
