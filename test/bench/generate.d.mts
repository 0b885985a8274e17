// Types of generate.mjs, for the TypeScript tests that import it.
export declare const GENERATOR_VERSION: number;
export declare const DEFAULT_SEED: number;
export declare const ARTICLES_PER_FOLDER: number;
export declare function mulberry32(seed: number): () => number;
export declare function generateArticle(index: number, seed?: number): string;
export declare function articlePath(index: number): string;
export declare function ensureCorpus(
  dir: string,
  count: number,
  seed?: number,
): { files: number; bytes: number; reused: boolean };
export declare function articleParagraphs(
  text: string,
): Array<{ text: string; line: number; column: number; citations: string[] }>;
