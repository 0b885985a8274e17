// Runs one command as a child process and measures its wall time, CPU time (user + system) and peak RSS.
//
// Timers, best first (`auto` picks the first that works here):
// - `python`: python3 forks, execs the command and reads the child's rusage with os.wait4: microsecond
//   CPU times and ru_maxrss, for any command. Python's own start-up is outside the measured span.
// - `time`: GNU /usr/bin/time -f: any command, but CPU times in 10 ms steps (coarse for start-up).
// - `node`: for Node.js targets only: a wrapper runs the target in its own process and prints
//   process.resourceUsage() at exit (misses the last moments of tear-down).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

const PYTHON_TIMER = `
import json, os, sys, time
out, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
with open(out, 'w') as f:
    json.dump({'wallMs': wall * 1000, 'userMs': usage.ru_utime * 1000, 'sysMs': usage.ru_stime * 1000,
               'maxRssKiB': usage.ru_maxrss, 'exitCode': code}, f)
`;

export function availableTimers() {
  const timers = [];
  const python = spawnSync('python3', ['-c', 'import os; os.wait4'], { stdio: 'ignore' });
  if (python.status === 0) timers.push('python');
  if (existsSync('/usr/bin/time')) {
    const time = spawnSync('/usr/bin/time', ['-f', '%U', 'true'], { stdio: 'ignore' });
    if (time.status === 0) timers.push('time');
  }
  timers.push('node');
  return timers;
}

/**
 * A command: `{name, node: true, args: [...]}` runs `node ...args`; `{name, argv: [...]}` runs any program
 * (not with the `node` timer). `cwd` optional.
 */
export function measure(command, { timer, scratch, stdoutFile }) {
  const resultFile = join(scratch, `measure-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const argv = command.node ? [process.execPath, ...command.args] : command.argv;
  const out = openSync(stdoutFile, 'w');
  let spawned;
  let wallMs;
  const options = { cwd: command.cwd, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 };
  try {
    if (timer === 'python') {
      spawned = spawnSync('python3', ['-c', PYTHON_TIMER, resultFile, ...argv], options);
    } else if (timer === 'time') {
      const start = process.hrtime.bigint();
      spawned = spawnSync('/usr/bin/time', ['-f', '%U %S %M %x', '-o', resultFile, ...argv], options);
      wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    } else {
      if (!command.node) throw new Error(`the node timer runs Node.js commands only, not ${command.name}`);
      const start = process.hrtime.bigint();
      spawned = spawnSync(
        process.execPath,
        [join(here, 'rusage-wrapper.mjs'), resultFile, ...command.args],
        options,
      );
      wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    }
  } finally {
    closeSync(out);
  }
  const stderr = spawned.stderr?.toString() ?? '';
  let result;
  try {
    const text = readFileSync(resultFile, 'utf8');
    if (timer === 'time') {
      const [user, sys, rss, code] = text.trim().split('\n').pop().split(' ').map(Number);
      result = { wallMs, userMs: user * 1000, sysMs: sys * 1000, maxRssKiB: rss, exitCode: code };
    } else if (timer === 'node') {
      result = { wallMs, ...JSON.parse(text), exitCode: spawned.status };
    } else result = JSON.parse(text);
  } catch {
    throw new Error(
      `could not time ${command.name} with the ${timer} timer: ${stderr.trim() || spawned.error}`,
    );
  }
  rmSync(resultFile, { force: true });
  return { ...result, cpuMs: result.userMs + result.sysMs, stderr };
}
