/**
 * Everything the commands need beyond argument parsing. The bundled command line loads it as a second
 * file, only for commands that do work, so that `--help` and `--version` read and compile far less.
 */
export { runCheck } from './check-command.ts';
export { runInit, runPrintConfig } from './config-commands.ts';
export { runView } from './view-command.ts';
