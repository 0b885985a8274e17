import type { Scope, SeveritySetting } from '../types.ts';

export type RuleEntry = SeveritySetting | [SeveritySetting, Record<string, unknown>];

/** The effective configuration for one article. Every key is filled in. */
export interface Config {
  rules: Record<string, RuleEntry>;
  scope: Scope;
  duplicates: {
    /** Word-shingle similarity (0..1) at or above which two paragraphs are near-duplicates. */
    threshold: number;
    /** Paragraphs with fewer words than this are never reported as duplicates (boilerplate floor). */
    minWords: number;
  };
  attributionVerbs: string[];
  anonymousSources: string[];
  analysisCues: string[];
  ignore: string[];
  /** `opinion` turns off the analysis rules: analysis is the point of an opinion piece. */
  type: 'news' | 'opinion';
}

/** What a user may write: every key optional, plus per-folder overrides. */
export interface UserConfig {
  root?: boolean;
  rules?: Record<string, RuleEntry>;
  scope?: Scope;
  duplicates?: { threshold?: number; minWords?: number };
  attributionVerbs?: string[];
  anonymousSources?: string[];
  analysisCues?: string[];
  ignore?: string[];
  type?: 'news' | 'opinion';
  overrides?: Array<{ files: string[] } & Omit<UserConfig, 'root' | 'overrides' | 'ignore'>>;
}

export const defaultConfig: Config = {
  rules: {},
  scope: 'preceding',
  duplicates: { threshold: 0.85, minWords: 8 },
  attributionVerbs: [],
  anonymousSources: [],
  analysisCues: [],
  ignore: [],
  type: 'news',
};
