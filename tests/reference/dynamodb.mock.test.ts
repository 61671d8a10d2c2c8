import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { BatchWriteCommand, DynamoDBDocumentClient, GetCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoVocabularySource } from '../../adapters/dynamodb/vocabulary-store.ts';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoReferenceStore } from '../../adapters/dynamodb/reference-store.ts';
import { itemsOf, loadFacts } from '../../adapters/dynamodb/reference-table.ts';
import { backoff, withRetries } from '../../adapters/dynamodb/retry.ts';
import { fact } from '../helpers/facts.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
const noSleep = { sleep: async () => {} };
const throttled = () => new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });

beforeEach(() => ddb.reset());

describe('loading', () => {
  const facts = Array.from({ length: 30 }, (_, i) => fact({ id: `f-${i}`, measure: 'soldiers_killed', value: i, event: 'e' }));

  it('retries unprocessed items until every item is written', async () => {
    const first = itemsOf(facts[0]!).map((Item) => ({ PutRequest: { Item } }));
    ddb.on(BatchWriteCommand).resolvesOnce({ UnprocessedItems: { t: first } }).resolves({ UnprocessedItems: {} });
    ddb.on(ScanCommand).resolves({ Items: [] });
    ddb.on(UpdateCommand).resolves({});
    const r = await loadFacts(client, 't', facts, noSleep);
    // 30 facts × 2 keys = 60 items: 3 batches, one of them retried.
    expect(r.items).toBe(60);
    expect(r.retriedItems).toBe(first.length);
    expect(ddb).toHaveReceivedCommandTimes(BatchWriteCommand, 4);
    // An update of the version item, which keeps the vocabulary it names.
    expect(ddb).toHaveReceivedCommandWith(UpdateCommand, { Key: { pk: '#meta', sk: 'version' }, UpdateExpression: 'SET version = :v, facts = :n' });
  });

  it('gives up with a clear error when items stay unprocessed', async () => {
    ddb.on(BatchWriteCommand).callsFake((input) => ({ UnprocessedItems: input.RequestItems }));
    await expect(loadFacts(client, 't', facts.slice(0, 2), { ...noSleep, attempts: 3 })).rejects.toThrow(/unprocessed after 3 attempts/);
  });

  it('retries throttling with backoff, and fails on what is not retryable', async () => {
    ddb.on(BatchWriteCommand).rejectsOnce(throttled()).resolves({});
    ddb.on(ScanCommand).resolves({ Items: [] });
    ddb.on(UpdateCommand).resolves({});
    await expect(loadFacts(client, 't', facts.slice(0, 1), noSleep)).resolves.toMatchObject({ facts: 1 });
    ddb.reset();
    ddb.on(BatchWriteCommand).rejects(Object.assign(new Error('bad request'), { name: 'ValidationException' }));
    await expect(loadFacts(client, 't', facts.slice(0, 1), noSleep)).rejects.toThrow('bad request');
  });
});

describe('lookups', () => {
  it('sends every query and the version read in one round, and follows pages', async () => {
    const f1 = fact({ id: 'a', measure: 'm', value: 1 });
    const f2 = fact({ id: 'b', measure: 'm', value: 2 });
    ddb.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'v1', facts: 2 } });
    ddb.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'k1' } }).resolvesOnce({ Items: [{ fact: f1 }], LastEvaluatedKey: { pk: 'k1', sk: 'a' } }).resolves({ Items: [{ fact: f2 }] });
    ddb.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'k2' } }).resolves({ Items: [] });
    const store = new DynamoReferenceStore({ table: 't', client });
    const r = await store.lookup(['k1', 'k2', 'k1']);
    expect(r.facts.get('k1')?.map((f) => f.id)).toEqual(['a', 'b']);
    expect(r.facts.get('k2')).toEqual([]);
    expect(r.reference).toEqual({ version: 'v1', facts: 2, source: 'dynamodb:t' });
    expect(store.stats).toEqual({ rounds: 1, requests: 4 });
    expect(ddb).not.toHaveReceivedCommand(ScanCommand);
  });

  it('retries a throttled query', async () => {
    ddb.on(GetCommand).resolves({});
    ddb.on(QueryCommand).rejectsOnce(throttled()).resolves({ Items: [] });
    const store = new DynamoReferenceStore({ table: 't', client });
    await expect(store.lookup(['k'])).resolves.toMatchObject({ reference: { version: 'unknown' } });
  });
});

describe('backoff', () => {
  it('is capped exponential with full jitter', () => {
    expect(backoff(0, { random: () => 0.999, baseMs: 50 })).toBe(49);
    expect(backoff(3, { random: () => 0.5, baseMs: 50 })).toBe(200);
    expect(backoff(20, { random: () => 0.999, baseMs: 50, capMs: 2000 })).toBe(1998);
    expect(backoff(5, { random: () => 0 })).toBe(0);
  });

  it('stops after the attempts it is given', async () => {
    let calls = 0;
    await expect(withRetries(async () => { calls++; throw throttled(); }, { attempts: 3, sleep: async () => {} })).rejects.toThrow('slow down');
    expect(calls).toBe(3);
  });
});

describe('the reference cache of a container', () => {
  const f1 = fact({ id: 'a', measure: 'm', value: 1 });
  const f2 = fact({ id: 'b', measure: 'm', value: 2 });
  const queried = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExpressionAttributeValues?.[':pk']);

  it('reuses facts while the table’s version is unchanged, and queries only new keys', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'v1', facts: 2 } });
    ddb.on(QueryCommand).resolves({ Items: [{ fact: f1 }] });
    const store = new DynamoReferenceStore({ table: 't', client });
    await store.lookup(['k1', 'k2']);
    const again = await store.lookup(['k1', 'k2', 'k3']);
    expect(queried()).toEqual(['k1', 'k2', 'k3']);
    expect(again.facts.get('k1')?.map((f) => f.id)).toEqual(['a']);
    expect(store.stats.rounds).toBe(2); // one round per article
  });

  it('reads everything again when a load has changed the version: at most two rounds', async () => {
    ddb.on(GetCommand).resolvesOnce({ Item: { version: 'v1' } }).resolves({ Item: { version: 'v2' } });
    ddb.on(QueryCommand).resolvesOnce({ Items: [{ fact: f1 }] }).resolves({ Items: [{ fact: f2 }] });
    const store = new DynamoReferenceStore({ table: 't', client });
    await store.lookup(['k1']);
    const before = store.stats.rounds;
    const after = await store.lookup(['k1']);
    expect(after.facts.get('k1')?.map((f) => f.id)).toEqual(['b']);
    expect(store.stats.rounds - before).toBe(2);
  });

  it('can be switched off', async () => {
    ddb.on(GetCommand).resolves({ Item: { version: 'v1' } });
    ddb.on(QueryCommand).resolves({ Items: [] });
    const store = new DynamoReferenceStore({ table: 't', client, cache: false });
    await store.lookup(['k1']);
    await store.lookup(['k1']);
    expect(queried()).toEqual(['k1', 'k1']);
  });
});

describe('the vocabulary source', () => {
  const vocabularyText = JSON.stringify({ version: 'beat-1', extends: 'none', entities: [{ id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] }] });

  it('reads the parts once per version: one GetItem per call after that', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'x', vocabulary: { version: 'v1', parts: 1 } } });
    ddb.on(QueryCommand).resolves({ Items: [{ pk: '#vocabulary', sk: 'v1#0000', text: vocabularyText }] });
    const source = new DynamoVocabularySource(client, 't');
    const a = await source.current();
    const b = await source.current();
    expect(a).toBe(b);
    expect(a?.source.version).toBe('beat-1');
    expect(ddb).toHaveReceivedCommandTimes(GetCommand, 2);
    expect(ddb).toHaveReceivedCommandTimes(QueryCommand, 1);
    expect(ddb).toHaveReceivedCommandWith(QueryCommand, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)', ExpressionAttributeValues: { ':pk': '#vocabulary', ':v': 'v1#' } });
  });

  it('refuses a version whose parts are not all there', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', vocabulary: { version: 'v2', parts: 2 } } });
    ddb.on(QueryCommand).resolves({ Items: [{ pk: '#vocabulary', sk: 'v2#0000', text: '{' }] });
    await expect(new DynamoVocabularySource(client, 't').current()).rejects.toThrow(/has 1 of its 2 part\(s\)/);
  });

  it('is none when the table holds no vocabulary', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'x' } });
    expect(await new DynamoVocabularySource(client, 't').current()).toBeUndefined();
    expect(ddb).toHaveReceivedCommandTimes(QueryCommand, 0);
  });
});
