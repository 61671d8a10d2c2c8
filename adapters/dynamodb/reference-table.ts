import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ReferenceFact } from '../../shared/reference/fact.ts';
import { keysOfFact } from '../../shared/reference/keys.ts';
import { datasetVersion } from '../../shared/reference/store.ts';
import { META_KEY } from './meta-key.ts';
import { backoff, withRetries, type RetryOptions } from './retry.ts';

/**
 * Writing and reading the reference table as a whole: loading a dataset (an idempotent
 * upsert) and exporting it back to a file. Lookups never scan; export does, by design.
 */

/** Creates the table as the CDK stack does (pk/sk strings, on demand), for local servers and tests. */
export async function createReferenceTable(client: DynamoDBDocumentClient, table: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return false;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException) && (err as Error).name !== 'ResourceNotFoundException') throw err;
  }
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: table });
  return true;
}

export function itemsOf(f: ReferenceFact): Array<{ pk: string; sk: string; fact: ReferenceFact }> {
  return keysOfFact(f).map((pk) => ({ pk, sk: f.id, fact: f }));
}

export interface LoadResult {
  facts: number;
  items: number;
  /** BatchWriteItem calls, retries of unprocessed items included. */
  requests: number;
  retriedItems: number;
  version: string;
}

const BATCH = 25;

/**
 * Upserts facts: every fact is written under each of its lookup keys (BatchWriteItem, 25 at a
 * time; unprocessed items retried with backoff and jitter), then the table's version item is
 * recomputed from what the table holds.
 */
export async function loadFacts(
  client: DynamoDBDocumentClient,
  table: string,
  facts: readonly ReferenceFact[],
  options: RetryOptions & { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<LoadResult> {
  const items = facts.flatMap(itemsOf);
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  let requests = 0;
  let retriedItems = 0;
  let done = 0;
  const writeBatch = async (batch: typeof items) => {
    let pending: Array<{ PutRequest: { Item: Record<string, unknown> } }> = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= (options.attempts ?? 8)) throw new Error(`DynamoDB left ${pending.length} item(s) unprocessed after ${attempt} attempts`);
      if (attempt > 0) await (options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(backoff(attempt - 1, options));
      const out = await withRetries(() => client.send(new BatchWriteCommand({ RequestItems: { [table]: pending } })), options);
      requests++;
      const left = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
      retriedItems += left.length;
      pending = left;
    }
    done += batch.length;
    options.onProgress?.(done, items.length);
  };
  const concurrency = options.concurrency ?? 8;
  for (let i = 0; i < batches.length; i += concurrency) await Promise.all(batches.slice(i, i + concurrency).map(writeBatch));
  const all = await exportFacts(client, table);
  const version = datasetVersion(all);
  // An update, not a put: the version item also names the table's vocabulary (vocabulary-store.ts).
  await withRetries(
    () => client.send(new UpdateCommand({ TableName: table, Key: META_KEY, UpdateExpression: 'SET version = :v, facts = :n', ExpressionAttributeValues: { ':v': version, ':n': all.length } })),
    options,
  );
  return { facts: facts.length, items: items.length, requests, retriedItems, version };
}

/** Every fact in the table, once each (a fact is filed under several keys). */
export async function exportFacts(client: DynamoDBDocumentClient, table: string): Promise<ReferenceFact[]> {
  const byId = new Map<string, ReferenceFact>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await withRetries(() => client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start })));
    for (const item of page.Items ?? []) {
      if (item.pk === META_KEY.pk) continue;
      const parsed = ReferenceFact.safeParse(item.fact);
      if (parsed.success) byId.set(parsed.data.id, parsed.data);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return [...byId.values()];
}
