import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentClient, DynamoReferenceStore } from '../../adapters/dynamodb/reference-store.ts';
import { createReferenceTable, exportFacts, loadFacts } from '../../adapters/dynamodb/reference-table.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import { parseRows } from '../../shared/reference/rows.ts';
import { datasetVersion } from '../../shared/reference/store.ts';
import { run, type Io } from '../../cli/main.ts';
import { startDynamo } from '../helpers/dynamo.ts';
import { unrelatedFacts } from '../helpers/facts.ts';
import { readSeed, SEED_PUBLISHED, seedsAvailable } from '../helpers/seeds.ts';

const TABLE = 'factcheck-reference-test';
const shipped = parseRows(readFileSync('reference/facts.json', 'utf8'), 'json').facts;
const synthetic = unrelatedFacts(10_000);

let dynamo: Awaited<ReturnType<typeof startDynamo>>;
let client: ReturnType<typeof documentClient>;

beforeAll(async () => {
  dynamo = await startDynamo();
  client = documentClient({ endpoint: dynamo.endpoint });
  await createReferenceTable(client, TABLE);
  await loadFacts(client, TABLE, [...shipped, ...synthetic], { concurrency: 16 });
}, 240_000);

afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});

function articles(): Array<{ name: string; bytes: Uint8Array; published?: string }> {
  const own = ['examples/ceasefire-one-year-on.txt', 'examples/military-spending.md', 'examples/peacekeepers-leave.html'].map((f) => ({ name: f, bytes: readFileSync(f) }));
  if (!seedsAvailable()) return own;
  return [...own, ...['001', '002', '003', '004'].map((k) => ({ name: `seed-${k}.txt`, bytes: readSeed(k), ...(SEED_PUBLISHED[k] ? { published: SEED_PUBLISHED[k]! } : {}) }))];
}

describe('the DynamoDB reference store, against a local DynamoDB server with over 10,000 facts', () => {
  it('holds every fact, and its version is the dataset’s', async () => {
    const all = await exportFacts(client, TABLE);
    expect(all.length).toBe(shipped.length + synthetic.length);
    const store = new DynamoReferenceStore({ table: TABLE, client });
    const { reference } = await store.lookup([]);
    expect(reference).toMatchObject({ version: datasetVersion(all), facts: all.length });
  });

  it('answers each article in one round of requests, and gives the same verdicts as the file', async () => {
    const file = fileReferenceStore();
    for (const a of articles()) {
      const doc = extractClaims(a.bytes, { name: a.name, ...(a.published ? { published: a.published } : {}) });
      const store = new DynamoReferenceStore({ table: TABLE, client });
      const fromTable = await judgeClaims(doc, store);
      const fromFile = await judgeClaims(doc, file);
      expect(store.stats.rounds, a.name).toBeLessThanOrEqual(2);
      expect(store.stats.rounds, a.name).toBe(1);
      expect(fromTable.claims.map((c) => [c.id, c.verdict, c.evidence.map((e) => e.factId)])).toEqual(fromFile.claims.map((c) => [c.id, c.verdict, c.evidence.map((e) => e.factId)]));
    }
  });

  it('loading again is an idempotent upsert', async () => {
    const before = await exportFacts(client, TABLE);
    const again = await loadFacts(client, TABLE, shipped);
    const after = await exportFacts(client, TABLE);
    expect(after.length).toBe(before.length);
    expect(again.version).toBe(datasetVersion(after));
    expect(datasetVersion(after)).toBe(datasetVersion(before));
  });
});

describe('factcheck reference load and export against the local server', () => {
  const capture = (): Io & { out: string[]; err: string[] } => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
  };

  it('writes nothing when a row is invalid, and the valid rows with --skip-invalid', async () => {
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/ref-`);
    const file = `${dir}/facts.json`;
    const good = shipped.slice(0, 3);
    (await import('node:fs')).writeFileSync(file, JSON.stringify([...good, { id: 'broken row', measure: 'x' }]));
    const refused = capture();
    expect(await run(['reference', 'load', file, '--table', 'cli-table', '--endpoint', dynamo.endpoint, '--create'], refused)).toBe(2);
    expect(refused.err.join('')).toMatch(/row 4 \(broken row\): id: a lower-case slug/);
    expect(refused.err.join('')).toMatch(/nothing was written/);
    const skipped = capture();
    expect(await run(['reference', 'load', file, '--table', 'cli-table', '--endpoint', dynamo.endpoint, '--create', '--skip-invalid'], skipped)).toBe(0);
    expect(skipped.out.join('')).toMatch(/loaded 3 fact\(s\)/);
    expect(skipped.err.join('')).toMatch(/skipped 1 invalid row/);
    const exported = capture();
    expect(await run(['reference', 'export', '--table', 'cli-table', '--endpoint', dynamo.endpoint, '--format', 'csv'], exported)).toBe(0);
    const back = parseRows(exported.out.join(''), 'csv');
    expect(back.errors).toEqual([]);
    expect(back.facts.map((f) => f.id).sort()).toEqual(good.map((f) => f.id).sort());
    expect(back.facts).toEqual(expect.arrayContaining(good));
  });

  it('checks an article against the table with --table and --endpoint', async () => {
    const io = capture();
    expect(await run(['check', 'examples/military-spending.md', '--table', TABLE, '--endpoint', dynamo.endpoint], io)).toBe(0);
    expect(io.out.join('')).toMatch(/supported\s+"about 2.7 times"/);
  });
});
