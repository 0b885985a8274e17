import { createHash } from '../lazy.ts';
import type { Config } from './types.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * A stable 16-hex-digit hash of an effective configuration: equal for configurations that mean the
 * same (key order does not count; list order does), different when any setting differs.
 * A result cache must also key on the product version, since rule defaults live in the code.
 */
export function configFingerprint(config: Config): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(config)))
    .digest('hex')
    .slice(0, 16);
}
