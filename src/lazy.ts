import { createRequire } from 'node:module';
import type * as ChalkModule from 'chalk';
import type Ignore from 'ignore';
import type Picomatch from 'picomatch';
import type * as Yaml from 'yaml';

/**
 * Large packages that most runs never need, loaded on first use: YAML (configuration files and front
 * matter that configures the checker), glob matching and ignore files (folders, overrides), colours. In the
 * bundles `require` is the bundler's own loader, which runs a package's code only when it is first
 * required; run from source, an ES module has no `require`, so one is made.
 */
function fromSource(id: string): unknown {
  return createRequire(import.meta.url)(id);
}

let yaml: typeof Yaml | undefined;
let chalk: typeof ChalkModule | undefined;
let picomatch: typeof Picomatch | undefined;
let ignore: typeof Ignore | undefined;

export function yamlPackage(): typeof Yaml {
  yaml ??= (typeof require === 'function' ? require('yaml') : fromSource('yaml')) as typeof Yaml;
  return yaml;
}

export function picomatchPackage(): typeof Picomatch {
  picomatch ??= (
    typeof require === 'function' ? require('picomatch') : fromSource('picomatch')
  ) as typeof Picomatch;
  return picomatch;
}

export function ignorePackage(): typeof Ignore {
  ignore ??= (typeof require === 'function' ? require('ignore') : fromSource('ignore')) as typeof Ignore;
  return ignore;
}

/** chalk, with its terminal probes (`node:tty`, `node:os`): only coloured output needs it. */
export function chalkPackage(): typeof ChalkModule {
  chalk ??= (typeof require === 'function' ? require('chalk') : fromSource('chalk')) as typeof ChalkModule;
  return chalk;
}

/**
 * `createHash` of `node:crypto`, which takes a few milliseconds to load: only the result cache and
 * configuration fingerprints hash, and most runs do neither.
 */
export function createHash(algorithm: string): import('node:crypto').Hash {
  return process.getBuiltinModule('node:crypto').createHash(algorithm);
}
