import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../adapters/dynamodb/reference-store.ts';
import { createReferenceTable, exportFacts, loadFacts } from '../../adapters/dynamodb/reference-table.ts';
import { DynamoVocabularySource, partsOf, storedVocabulary, storeVocabulary, VOCABULARY_PK } from '../../adapters/dynamodb/vocabulary-store.ts';
import { parseRows } from '../../shared/reference/rows.ts';
import { run, type Io } from '../../cli/main.ts';
import { startDynamo } from '../helpers/dynamo.ts';

// A beat's vocabulary kept in the reference table, as a deployed stack reads it: against a real
// DynamoDB API server on 127.0.0.1.
const BEAT = 'tests/fixtures/beat-freedonia';
const text = readFileSync(`${BEAT}/vocabulary.json`, 'utf8');
const facts = parseRows(readFileSync(`${BEAT}/facts.json`, 'utf8'), 'json').facts;

let dynamo: Awaited<ReturnType<typeof startDynamo>>;
let client: ReturnType<typeof documentClient>;

beforeAll(async () => {
  dynamo = await startDynamo();
  client = documentClient({ endpoint: dynamo.endpoint });
}, 60_000);

afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});

const capture = (): Io & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
};
const partsIn = async (table: string) =>
  ((await client.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': VOCABULARY_PK } }))).Items ?? []).map((i) => i.sk as string);

describe('parts of a vocabulary', () => {
  it('are cut by bytes, never inside a character, and join back to the text', () => {
    const t = `${'é'.repeat(10)}${'a'.repeat(5)}€`;
    const parts = partsOf(t, 7);
    expect(parts.join('')).toBe(t);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(7);
    expect(partsOf('')).toEqual(['']);
  });
});

describe('a vocabulary stored in the reference table', () => {
  it('is read by the stages once per version, and replaced whole by a new one', async () => {
    const table = 'vocabulary-a';
    await createReferenceTable(client, table);
    await loadFacts(client, table, facts);
    const source = new DynamoVocabularySource(client, table);
    expect(await source.current()).toBeUndefined();
    const stored = await storeVocabulary(client, table, text);
    const first = await source.current();
    expect(first?.source.version).toBe('freedonia-test-1');
    expect(first?.measures.has('ferry_punctuality')).toBe(true);
    // The same version: the compiled vocabulary kept, not read again.
    expect(await source.current()).toBe(first);
    // A new version replaces the old parts.
    const next = JSON.stringify({ ...JSON.parse(text), version: 'freedonia-test-2' });
    const again = await storeVocabulary(client, table, next);
    expect(again.version).not.toBe(stored.version);
    expect((await source.current())?.source.version).toBe('freedonia-test-2');
    expect((await partsIn(table)).every((sk) => sk.startsWith(`${again.version}#`))).toBe(true);
  });

  it('survives a reload of the facts, which never lists it as a fact', async () => {
    const table = 'vocabulary-b';
    await createReferenceTable(client, table);
    await storeVocabulary(client, table, text);
    await loadFacts(client, table, facts);
    expect(await storedVocabulary(client, table)).toMatchObject({ parts: 1 });
    expect((await exportFacts(client, table)).map((f) => f.id).sort()).toEqual(facts.map((f) => f.id).sort());
  });

  it('is stored by `reference load --vocabulary`, and an invalid one stops the load before anything is written', async () => {
    const io = capture();
    expect(await run(['reference', 'load', `${BEAT}/facts.json`, '--table', 'vocabulary-c', '--endpoint', dynamo.endpoint, '--create', '--vocabulary', `${BEAT}/vocabulary.json`], io)).toBe(0);
    expect(io.out.join('')).toMatch(/stored vocabulary .*vocabulary\.json in vocabulary-c \(version [0-9a-f]{16}, 1 part\(s\)\)/);
    expect((await new DynamoVocabularySource(client, 'vocabulary-c').current())?.source.version).toBe('freedonia-test-1');

    const bad = capture();
    expect(await run(['reference', 'load', `${BEAT}/facts.json`, '--table', 'vocabulary-d', '--endpoint', dynamo.endpoint, '--create', '--vocabulary', 'tests/fixtures/beat-freedonia/facts.json'], bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/vocabulary .*facts\.json is invalid/);
    expect(bad.err.join('')).not.toMatch(/created table/);
  });
});
