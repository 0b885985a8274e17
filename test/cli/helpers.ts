import { main } from '../../src/cli/main.ts';

/** Runs the CLI in-process with captured output. */
export async function run(
  args: string[],
  options: { stdin?: string; cwd?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    color: false,
    isTTY: options.tty ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
