import { createHash } from 'node:crypto';
import type { ReferenceFact } from './fact.ts';
import { keysOfFact } from './keys.ts';

/**
 * The port the verdict engine asks: the facts filed under some keys, in one round of
 * requests. Adapters: in memory, a file (the CLI's embedded default), DynamoDB.
 */
export interface ReferenceStore {
  lookup(keys: readonly string[]): Promise<LookupResult>;
}

export interface LookupResult {
  facts: Map<string, ReferenceFact[]>;
  reference: ReferenceInfo;
}

export interface ReferenceInfo {
  /** A content hash of the dataset: two tables with the same rows have the same version. */
  version: string;
  facts: number;
  source: string;
}

/** The dataset's version: a hash over its rows in id order, independent of file layout. */
export function datasetVersion(facts: readonly ReferenceFact[]): string {
  const h = createHash('sha256');
  for (const f of [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) h.update(JSON.stringify(f)).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** Facts held in memory, filed under their lookup keys. */
export class MemoryReferenceStore implements ReferenceStore {
  private readonly byKey = new Map<string, ReferenceFact[]>();
  readonly info: ReferenceInfo;

  constructor(facts: readonly ReferenceFact[], source = 'memory') {
    for (const f of facts) {
      for (const k of keysOfFact(f)) {
        const list = this.byKey.get(k);
        if (list) list.push(f);
        else this.byKey.set(k, [f]);
      }
    }
    // In id order, the order the judge reads them in: sorted once here, not per article.
    for (const list of this.byKey.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.info = { version: datasetVersion(facts), facts: facts.length, source };
  }

  async lookup(keys: readonly string[]): Promise<LookupResult> {
    const facts = new Map<string, ReferenceFact[]>();
    for (const k of keys) facts.set(k, this.byKey.get(k) ?? []);
    return { facts, reference: this.info };
  }
}
