import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from '../lazy.ts';
import type { Finding } from '../types.ts';

/** What is kept per file: findings without the path, and the claim counts for coverage. */
export interface CachedResult {
  findings: Array<Omit<Finding, 'file'>>;
  claims: number;
  backedClaims: number;
}

interface CacheFile {
  version: string;
  entries: Record<string, CachedResult>;
}

/**
 * A result cache keyed by file content, tool version and effective configuration: an unchanged article
 * under an unchanged configuration is not analysed again. Entries not used in a run are dropped when
 * it is saved, so the file does not grow without bound.
 */
export class ResultCache {
  readonly #location: string;
  readonly #version: string;
  #old: Record<string, CachedResult> = {};
  readonly #next: Record<string, CachedResult> = {};
  #dirty = false;

  constructor(location: string, version: string) {
    this.#location = location;
    this.#version = version;
  }

  async load(): Promise<void> {
    try {
      const data = JSON.parse(readFileSync(this.#location, 'utf8')) as CacheFile;
      if (data.version === this.#version && typeof data.entries === 'object') this.#old = data.entries;
      else this.#dirty = true;
    } catch {
      // No cache yet, or an unreadable one: start empty and write a fresh one.
      this.#dirty = true;
    }
  }

  key(text: string, configFingerprint: string): string {
    return createHash('sha256')
      .update(this.#version)
      .update('\0')
      .update(configFingerprint)
      .update('\0')
      .update(text)
      .digest('hex');
  }

  get(key: string): CachedResult | undefined {
    const hit = this.#old[key] ?? this.#next[key];
    if (hit) this.#next[key] = hit;
    return hit;
  }

  set(key: string, value: CachedResult): void {
    this.#next[key] = value;
    this.#dirty = true;
  }

  /** Writes the cache atomically (a temporary file renamed over the old one). */
  async save(): Promise<void> {
    if (!this.#dirty && Object.keys(this.#next).length === Object.keys(this.#old).length) return;
    const temp = `${this.#location}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: this.#version, entries: this.#next } satisfies CacheFile));
    renameSync(temp, this.#location);
  }
}
