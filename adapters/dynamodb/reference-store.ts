import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ReferenceFact } from '../../shared/reference/fact.ts';
import type { LookupResult, ReferenceInfo, ReferenceStore } from '../../shared/reference/store.ts';
import { withRetries } from './retry.ts';
import { META_KEY } from './meta-key.ts';

/**
 * The reference table in DynamoDB. Items: pk = lookup key ("m=soldiers_killed|e=armenia"),
 * sk = fact id, fact = the fact as a map. One item `pk = "#meta", sk = "version"` holds the
 * dataset's version. A lookup is one Query per key plus the version, all sent at once: one
 * round of requests per article, whatever the table's size (docs/reference-keys.md).
 */
export { META_KEY } from './meta-key.ts';

export interface DynamoStoreOptions {
  table: string;
  endpoint?: string;
  region?: string;
  client?: DynamoDBDocumentClient;
  /** Most requests in flight at once; more keys wait their turn (still one round when under it). */
  concurrency?: number;
  /**
   * Keep facts read for later lookups (one store per container). The rule: cached facts are used
   * only while the table's version item is unchanged; every load changes it. Default on.
   */
  cache?: boolean;
  /** Most keys kept; past it the cache starts over. */
  cacheKeys?: number;
}

export interface RequestStats {
  /** Sequential rounds: each batch of requests sent in parallel counts once. */
  rounds: number;
  requests: number;
}

export function documentClient(options: { endpoint?: string; region?: string }): DynamoDBDocumentClient {
  const config: DynamoDBClientConfig = {
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    maxAttempts: 5,
    retryMode: 'adaptive',
  };
  if (options.endpoint) {
    config.endpoint = options.endpoint;
    // A local server needs some credentials; real AWS uses the usual provider chain.
    if (!process.env.AWS_ACCESS_KEY_ID) config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), { marshallOptions: { removeUndefinedValues: true } });
}

export class DynamoReferenceStore implements ReferenceStore {
  readonly stats: RequestStats = { rounds: 0, requests: 0 };
  private readonly client: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly concurrency: number;
  private readonly caching: boolean;
  private readonly cacheKeys: number;
  private readonly cached = new Map<string, ReferenceFact[]>();
  private cachedVersion: string | null = null;

  constructor(options: DynamoStoreOptions) {
    this.client = options.client ?? documentClient(options);
    this.table = options.table;
    this.concurrency = options.concurrency ?? 64;
    this.caching = options.cache ?? true;
    this.cacheKeys = options.cacheKeys ?? 20_000;
  }

  async lookup(keys: readonly string[]): Promise<LookupResult> {
    const unique = [...new Set(keys)];
    const facts = new Map<string, ReferenceFact[]>();
    let info: ReferenceInfo = { version: 'unknown', facts: 0, source: `dynamodb:${this.table}` };
    // First round: the version, and every key not cached yet.
    const fresh = this.caching && this.cachedVersion !== null ? unique.filter((k) => !this.cached.has(k)) : unique;
    await this.inRounds([
      async () => {
        const out = await withRetries(() => this.client.send(new GetCommand({ TableName: this.table, Key: META_KEY })));
        this.stats.requests++;
        const item = out.Item as { version?: string; facts?: number } | undefined;
        if (item?.version) info = { version: item.version, facts: item.facts ?? 0, source: `dynamodb:${this.table}` };
      },
      ...fresh.map((key) => async () => {
        facts.set(key, await this.query(key));
      }),
    ]);
    if (this.caching) {
      const reusable = info.version !== 'unknown' && info.version === this.cachedVersion;
      if (!reusable) {
        // The table changed since the cache was filled (or has no version): read the rest again.
        this.cached.clear();
        const rest = unique.filter((k) => !facts.has(k));
        if (rest.length) await this.inRounds(rest.map((key) => async () => facts.set(key, await this.query(key))));
        this.cachedVersion = info.version === 'unknown' ? null : info.version;
      }
      for (const k of unique) {
        if (!facts.has(k)) facts.set(k, this.cached.get(k)!);
        else if (this.cachedVersion !== null) {
          if (this.cached.size >= this.cacheKeys) this.cached.clear();
          this.cached.set(k, facts.get(k)!);
        }
      }
    }
    return { facts, reference: info };
  }

  private async inRounds(tasks: Array<() => Promise<unknown>>): Promise<void> {
    for (let i = 0; i < tasks.length; i += this.concurrency) {
      this.stats.rounds++;
      await Promise.all(tasks.slice(i, i + this.concurrency).map((t) => t()));
    }
  }

  private async query(key: string): Promise<ReferenceFact[]> {
    const out: ReferenceFact[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await withRetries(() =>
        this.client.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key }, ExclusiveStartKey: start })),
      );
      this.stats.requests++;
      for (const item of page.Items ?? []) {
        const parsed = ReferenceFact.safeParse(item.fact);
        if (parsed.success) out.push(parsed.data);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

export function dynamoReferenceStore(options: DynamoStoreOptions): DynamoReferenceStore {
  return new DynamoReferenceStore(options);
}
