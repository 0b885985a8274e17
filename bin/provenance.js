#!/usr/bin/env node
// The process shell: run the bundled CLI, set the exit code, turn a crash into exit 2.
import('../dist/cli.js')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`provenance: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  });
