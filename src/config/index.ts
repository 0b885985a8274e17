export { ConfigError } from './errors.ts';
export { configFingerprint } from './fingerprint.ts';
export { frontMatterOptions } from './front-matter.ts';
export { initConfigText } from './init.ts';
export {
  CONFIG_FILE_NAMES,
  type ConfigFile,
  type ConfigLoader,
  clearConfigCache,
  createConfigLoader,
  type LoadedConfig,
  type LoadOptions,
  loadConfigFor,
  loadIgnorePatterns,
} from './load.ts';
export { parseConfigText } from './parse.ts';
export { applyOptions, resolveConfig } from './resolve.ts';
export { DEFAULT_SEVERITIES, isRuleId, RULE_IDS, type RuleId } from './rule-ids.ts';
export { validateArticleOptions, validateConfig } from './schema.ts';
export { type Config, defaultConfig, type RuleEntry, type UserConfig } from './types.ts';
