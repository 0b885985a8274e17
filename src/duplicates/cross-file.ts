/**
 * Near-duplicate paragraphs across articles: MinHash signatures, banded LSH, verification on signatures.
 *
 * Memory is bounded by the signatures, not by the texts: for each distinct paragraph the index keeps a
 * 120 × 16-bit signature (240 bytes) and a 53-bit hash of its normalised words; for each paragraph its
 * file, line, column and an interned list of its citation ids. No paragraph text and no shingle set is
 * kept. So a candidate pair is verified by the share of equal signature positions (an estimate of the
 * shingle Jaccard similarity, standard error about 0.035 near 0.8), while exact copies (equal normalised
 * text) are found by the content hash and reported with similarity 1.
 */
import {
  type Banding,
  bandHash,
  chooseBanding,
  estimateJaccard,
  ParagraphHasher,
  SIGNATURE_SIZE,
} from './minhash.ts';

/** A paragraph as the index takes it. `text` may hold Markdown; it is normalised here and not kept. */
export interface CrossParagraphInput {
  text: string;
  line: number;
  column: number;
  /** Citation ids the paragraph carries (`['1', '2']`, `['^a']`). */
  citations: string[];
}

/** One copy of a paragraph. */
export interface CrossPlace {
  file: string;
  line: number;
  column: number;
  citations: string[];
}

export interface CrossDuplicate {
  /** The later copy, in the order files and paragraphs were added. */
  copy: CrossPlace;
  /** The earliest paragraph of another file that it repeats. */
  original: CrossPlace;
  /** 1 for an exact copy (after normalisation); else the estimated Jaccard similarity of word shingles. */
  similarity: number;
  exact: boolean;
  /** Citation ids the original has and the copy lacks. */
  lostCitations: string[];
  /** Citation ids the copy has and the original lacks. */
  addedCitations: string[];
}

export interface CrossFileOptions {
  /** Similarity (0..1) at or above which two paragraphs are near-duplicates. Default 0.8. */
  threshold?: number;
  /** Paragraphs with fewer normalised words are ignored (boilerplate). Default 12. */
  minWords?: number;
  /**
   * Words per shingle. Default 2: changing one word of an n-word paragraph leaves a 2-shingle Jaccard of
   * (n-3)/(n+1), at or above 0.8 from 19 words on; with 3-word shingles, (n-5)/(n+1) needs 29 words, and
   * wire paragraphs are often shorter than that.
   */
  shingleSize?: number;
}

export interface CrossFileStats {
  paragraphs: number;
  /** Paragraphs below the length floor, not indexed. */
  short: number;
  /** Distinct normalised paragraphs (each has one signature). */
  distinct: number;
  banding: Banding;
  /** Candidate pairs compared by signature in the last `results()`. */
  candidates: number;
  /** Pairs of distinct paragraphs found similar in the last `results()`. */
  similarPairs: number;
}

// In an LSH bucket holding more paragraphs than this, each is compared only with this many before it:
// a cluster of hundreds of near copies then costs linear time, and each copy still finds earlier ones.
const BUCKET_WINDOW = 100;

class GrowableInt32 {
  data: Int32Array = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** Radix-sorts `order` (indices 0..n-1) by 32-bit `keys`, stably: equal keys stay in index order. */
function sortIndicesByKey(keys: Uint32Array, n: number, order: Uint32Array, scratch: Uint32Array): void {
  const positions = new Uint32Array(65537);
  countingPass(keys, n, null, scratch, positions, 0);
  positions.fill(0);
  countingPass(keys, n, scratch, order, positions, 16);
}

/** One stable counting-sort pass on 16 bits of the key: `from` (or 0..n-1 when null) into `to`. */
function countingPass(
  keys: Uint32Array,
  n: number,
  from: Uint32Array | null,
  to: Uint32Array,
  positions: Uint32Array,
  shift: number,
): void {
  for (let i = 0; i < n; i++) {
    const digit = ((keys[from ? (from[i] as number) : i] as number) >>> shift) & 0xffff;
    positions[digit + 1] = (positions[digit + 1] as number) + 1;
  }
  for (let d = 1; d <= 65536; d++) positions[d] = (positions[d] as number) + (positions[d - 1] as number);
  for (let i = 0; i < n; i++) {
    const index = from ? (from[i] as number) : i;
    const digit = ((keys[index] as number) >>> shift) & 0xffff;
    const at = positions[digit] as number;
    positions[digit] = at + 1;
    to[at] = index;
  }
}

function pushNear(
  near: Map<number, Array<[number, number]>>,
  a: number,
  b: number,
  similarity: number,
): void {
  const list = near.get(a);
  if (list) list.push([b, similarity]);
  else near.set(a, [[b, similarity]]);
}

/**
 * Collects paragraphs file by file and reports each paragraph that repeats, exactly or nearly, a
 * paragraph of another file added earlier. Paragraphs of the same file are never paired (the in-article
 * duplicate rule covers those). Deterministic: the same additions in the same order give the same results.
 */
export class CrossFileIndex {
  readonly threshold: number;
  readonly minWords: number;
  readonly shingleSize: number;
  readonly banding: Banding;

  private readonly hasher = new ParagraphHasher();
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private readonly citationLists: string[][] = [];
  private readonly citationIds = new Map<string, number>();

  // Per indexed paragraph.
  private readonly paragraphFile = new GrowableInt32();
  private readonly paragraphLine = new GrowableInt32();
  private readonly paragraphColumn = new GrowableInt32();
  private readonly paragraphCitations = new GrowableInt32();
  private readonly paragraphGroup = new GrowableInt32();
  private shortCount = 0;

  // Per group of exact copies (one distinct normalised text).
  private signatures: Uint16Array = new Uint16Array(SIGNATURE_SIZE * 256);
  private groupCount = 0;
  private readonly groupByContent = new Map<number, number>();
  /** Members of groups with more than one paragraph, in order of adding. */
  private readonly groupMembers = new Map<number, number[]>();
  private readonly groupFirst = new GrowableInt32();

  private lastCandidates = 0;
  private lastSimilarPairs = 0;

  constructor(options: CrossFileOptions = {}) {
    this.threshold = options.threshold ?? 0.8;
    this.minWords = options.minWords ?? 12;
    this.shingleSize = options.shingleSize ?? 2;
    if (!(this.threshold > 0 && this.threshold <= 1)) {
      throw new RangeError(`threshold must be a number above 0 and at most 1, not ${this.threshold}`);
    }
    this.banding = chooseBanding(this.threshold);
  }

  /** Adds the paragraphs of one file. Adding the same file name again continues that file. */
  add(file: string, paragraphs: readonly CrossParagraphInput[]): void {
    let fileId = this.fileIds.get(file);
    if (fileId === undefined) {
      fileId = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, fileId);
    }
    for (const paragraph of paragraphs) {
      if (this.hasher.scan(paragraph.text) < this.minWords) {
        this.shortCount++;
        continue;
      }
      const id = this.paragraphFile.length;
      const key = this.hasher.contentHash;
      let group = this.groupByContent.get(key);
      if (group === undefined) {
        group = this.newGroup(id);
        this.groupByContent.set(key, group);
      } else {
        const members = this.groupMembers.get(group);
        if (members) members.push(id);
        else this.groupMembers.set(group, [this.groupFirst.data[group] as number, id]);
      }
      this.paragraphFile.push(fileId);
      this.paragraphLine.push(paragraph.line);
      this.paragraphColumn.push(paragraph.column);
      this.paragraphCitations.push(this.internCitations(paragraph.citations));
      this.paragraphGroup.push(group);
    }
  }

  /** Every paragraph that repeats one of another file added before it, in the order they were added. */
  results(): CrossDuplicate[] {
    const near = this.similarGroups();
    const out: CrossDuplicate[] = [];
    const count = this.paragraphFile.length;
    for (let j = 0; j < count; j++) {
      const group = this.paragraphGroup.data[j] as number;
      const exactOf = this.earliestOtherFile(group, j);
      if (exactOf >= 0) {
        out.push(this.describe(j, exactOf, 1, true));
        continue;
      }
      let best = -1;
      let bestSimilarity = 0;
      for (const [other, similarity] of near.get(group) ?? []) {
        const candidate = this.earliestOtherFile(other, j);
        if (candidate >= 0 && (best < 0 || candidate < best)) {
          best = candidate;
          bestSimilarity = similarity;
        }
      }
      if (best >= 0) out.push(this.describe(j, best, bestSimilarity, false));
    }
    return out;
  }

  stats(): CrossFileStats {
    return {
      paragraphs: this.paragraphFile.length + this.shortCount,
      short: this.shortCount,
      distinct: this.groupCount,
      banding: this.banding,
      candidates: this.lastCandidates,
      similarPairs: this.lastSimilarPairs,
    };
  }

  private newGroup(first: number): number {
    const group = this.groupCount++;
    if ((group + 1) * SIGNATURE_SIZE > this.signatures.length) {
      const next = new Uint16Array(this.signatures.length * 2);
      next.set(this.signatures);
      this.signatures = next;
    }
    const out = this.signatures.subarray(group * SIGNATURE_SIZE, (group + 1) * SIGNATURE_SIZE);
    this.hasher.signature(this.shingleSize, out);
    this.groupFirst.push(first);
    return group;
  }

  private internCitations(citations: readonly string[]): number {
    if (citations.length === 0) return -1;
    const key = citations.join('\u0000');
    let id = this.citationIds.get(key);
    if (id === undefined) {
      id = this.citationLists.length;
      this.citationLists.push([...citations]);
      this.citationIds.set(key, id);
    }
    return id;
  }

  /** The first paragraph of `group` added before `j` in another file than `j`'s, or -1. */
  private earliestOtherFile(group: number, j: number): number {
    const file = this.paragraphFile.data[j];
    const members = this.groupMembers.get(group);
    if (!members) {
      const first = this.groupFirst.data[group] as number;
      return first < j && this.paragraphFile.data[first] !== file ? first : -1;
    }
    for (const member of members) {
      if (member >= j) return -1;
      if (this.paragraphFile.data[member] !== file) return member;
    }
    return -1;
  }

  /** Pairs of distinct groups whose signatures agree at or above the threshold, both ways. */
  private similarGroups(): Map<number, Array<[number, number]>> {
    const banding = this.banding;
    const n = this.groupCount;
    const near = new Map<number, Array<[number, number]>>();
    const accepted = new Set<number>();
    const keys = new Uint32Array(n);
    const order = new Uint32Array(n);
    const scratch = new Uint32Array(n);
    const signatures = this.signatures;
    let candidates = 0;
    for (let band = 0; band < banding.bands; band++) {
      for (let g = 0; g < n; g++) keys[g] = bandHash(signatures, g * SIGNATURE_SIZE, band, banding);
      sortIndicesByKey(keys, n, order, scratch);
      let start = 0;
      while (start < n) {
        const key = keys[order[start] as number];
        let end = start + 1;
        while (end < n && keys[order[end] as number] === key) end++;
        for (let p = start + 1; p < end; p++) {
          const b = order[p] as number;
          for (let q = Math.max(start, p - BUCKET_WINDOW); q < p; q++) {
            const a = order[q] as number;
            const pair = a * n + b;
            if (accepted.has(pair)) continue;
            candidates++;
            const similarity = estimateJaccard(
              signatures,
              signatures,
              a * SIGNATURE_SIZE,
              b * SIGNATURE_SIZE,
            );
            if (similarity < this.threshold) continue;
            accepted.add(pair);
            pushNear(near, a, b, similarity);
            pushNear(near, b, a, similarity);
          }
        }
        start = end;
      }
    }
    this.lastCandidates = candidates;
    this.lastSimilarPairs = accepted.size;
    return near;
  }

  private place(id: number): CrossPlace {
    const citationId = this.paragraphCitations.data[id] as number;
    return {
      file: this.files[this.paragraphFile.data[id] as number] as string,
      line: this.paragraphLine.data[id] as number,
      column: this.paragraphColumn.data[id] as number,
      citations: citationId < 0 ? [] : [...(this.citationLists[citationId] as string[])],
    };
  }

  private describe(copyId: number, originalId: number, similarity: number, exact: boolean): CrossDuplicate {
    const copy = this.place(copyId);
    const original = this.place(originalId);
    const copyCitations = new Set(copy.citations);
    const originalCitations = new Set(original.citations);
    return {
      copy,
      original,
      similarity,
      exact,
      lostCitations: original.citations.filter((id) => !copyCitations.has(id)),
      addedCitations: copy.citations.filter((id) => !originalCitations.has(id)),
    };
  }
}
