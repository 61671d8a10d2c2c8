import { createHash } from 'node:crypto';
import { BatchWriteCommand, GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CompiledVocabulary, VocabularySource } from '../../shared/vocabulary/vocabulary.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { META_KEY } from './meta-key.ts';
import { withRetries, type RetryOptions } from './retry.ts';

/**
 * A beat's vocabulary kept in the reference table beside its facts, so that a deployed stack
 * checks the newsroom's beat with no rebuild. The file's text is stored as written, in parts
 * under `pk = "#vocabulary"`, `sk = "<version>#0000"`… (an item holds at most 400 KB); the
 * table's version item names the current version and its number of parts. Parts of a version
 * are written before the version item points at them, and the old ones deleted after: a reader
 * sees one whole vocabulary or the one before it, never a mix.
 */
export const VOCABULARY_PK = '#vocabulary';

/** Bytes of text per item: well under DynamoDB's 400 KB, keys and attribute names included. */
const PART_BYTES = 300_000;

export interface StoredVocabulary {
  version: string;
  parts: number;
}

/** The content version of a vocabulary file's text. */
export function vocabularyVersion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The text cut into parts of at most PART_BYTES of UTF-8, never inside a character. */
export function partsOf(text: string, partBytes = PART_BYTES): string[] {
  const out: string[] = [];
  let part = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > partBytes && part) {
      out.push(part);
      part = '';
      bytes = 0;
    }
    part += ch;
    bytes += n;
  }
  if (part || out.length === 0) out.push(part);
  return out;
}

const sk = (version: string, i: number) => `${version}#${String(i).padStart(4, '0')}`;

/**
 * Stores a vocabulary file's text (already checked by vocabularyFromFile) and points the table
 * at it. The facts' version item keeps its fields; only `vocabulary` changes.
 */
export async function storeVocabulary(client: DynamoDBDocumentClient, table: string, text: string, options: RetryOptions = {}): Promise<StoredVocabulary> {
  const version = vocabularyVersion(text);
  const parts = partsOf(text);
  const before = await storedVocabulary(client, table);
  const items = parts.map((t, i) => ({ PutRequest: { Item: { pk: VOCABULARY_PK, sk: sk(version, i), text: t } } }));
  for (let i = 0; i < items.length; i += 25) await writeAll(client, table, items.slice(i, i + 25), options);
  await withRetries(
    () => client.send(new UpdateCommand({ TableName: table, Key: META_KEY, UpdateExpression: 'SET vocabulary = :v', ExpressionAttributeValues: { ':v': { version, parts: parts.length } } })),
    options,
  );
  // The parts of the version replaced, now that nothing points at them.
  if (before && before.version !== version) {
    const old = Array.from({ length: before.parts }, (_, i) => ({ DeleteRequest: { Key: { pk: VOCABULARY_PK, sk: sk(before.version, i) } } }));
    for (let i = 0; i < old.length; i += 25) await writeAll(client, table, old.slice(i, i + 25), options);
  }
  return { version, parts: parts.length };
}

async function writeAll(client: DynamoDBDocumentClient, table: string, requests: Array<Record<string, unknown>>, options: RetryOptions): Promise<void> {
  let pending = requests;
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt >= (options.attempts ?? 8)) throw new Error(`DynamoDB left ${pending.length} vocabulary item(s) unprocessed`);
    const out = await withRetries(() => client.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } })), options);
    pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
  }
}

/** What the table's version item says of its vocabulary, if it holds one. */
export async function storedVocabulary(client: DynamoDBDocumentClient, table: string): Promise<StoredVocabulary | undefined> {
  const out = await withRetries(() => client.send(new GetCommand({ TableName: table, Key: META_KEY })));
  const v = (out?.Item as { vocabulary?: StoredVocabulary } | undefined)?.vocabulary;
  return v && typeof v.version === 'string' && typeof v.parts === 'number' ? v : undefined;
}

/** The stored text of a version. */
export async function readVocabularyText(client: DynamoDBDocumentClient, table: string, stored: StoredVocabulary): Promise<string> {
  const parts: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await withRetries(() =>
      client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': VOCABULARY_PK, ':v': `${stored.version}#` },
          ExclusiveStartKey: start,
        }),
      ),
    );
    for (const item of page.Items ?? []) parts.push(String(item.text ?? ''));
    start = page.LastEvaluatedKey;
  } while (start);
  if (parts.length !== stored.parts) throw new Error(`vocabulary ${stored.version} in ${table} has ${parts.length} of its ${stored.parts} part(s)`);
  return parts.join('');
}

/**
 * The vocabulary the table holds, read once per version and kept for the container's life: each
 * call costs one GetItem (the version item) unless the version changed. None when the table
 * holds no vocabulary: the stages then use the shipped one.
 */
export class DynamoVocabularySource implements VocabularySource {
  private cached: { version: string; vocabulary: CompiledVocabulary } | undefined;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async current(): Promise<CompiledVocabulary | undefined> {
    const stored = await storedVocabulary(this.client, this.table);
    if (!stored) {
      this.cached = undefined;
      return undefined;
    }
    if (this.cached?.version === stored.version) return this.cached.vocabulary;
    const text = await readVocabularyText(this.client, this.table, stored);
    const vocabulary = vocabularyFromFile(JSON.parse(text), `the vocabulary stored in ${this.table} (${stored.version})`);
    this.cached = { version: stored.version, vocabulary };
    return vocabulary;
  }
}
