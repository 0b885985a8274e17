// Runs a Node.js script (or `-e CODE`) in this process and writes this process's resource usage to a
// file at exit: the fallback timer where neither python3 nor /usr/bin/time is available.
// Usage: node rusage-wrapper.mjs <result.json> <script.mjs | -e CODE> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [resultFile, target, ...rest] = process.argv.slice(2);

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(
    resultFile,
    JSON.stringify({
      userMs: usage.userCPUTime / 1000,
      sysMs: usage.systemCPUTime / 1000,
      maxRssKiB: usage.maxRSS,
    }),
  );
});

if (target === '-e') {
  // `node -e 0` and the like: evaluate the code as node -e would.
  new Function(rest[0] ?? '')();
} else {
  process.argv = [process.argv[0], resolve(target), ...rest];
  await import(pathToFileURL(resolve(target)).href);
}
