import { rules } from '../rules/index.ts';

/** `provenance rules`: id, default severity and one line each. */
export function listRules(): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return `${rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`).join('\n')}\n`;
}
