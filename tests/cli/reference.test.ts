import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../cli/main.ts';

function capture(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
}

const dir = mkdtempSync(join(tmpdir(), 'factcheck-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const source = { organisation: 'Freedonia Statistics', title: 'Monthly jobs', url: 'https://stats.example/jobs', retrieved: '2025-01-10' };
const fact = (over: Record<string, unknown>) => ({ id: 'fr-jobs-2024-12', entities: ['freedonia'], measure: 'jobs_added', period: { from: '2024-12-01', to: '2024-12-31' }, asOf: '2025-01-10', value: 120000, unit: 'job', source, ...over });
const vocabulary = {
  extends: 'none',
  entities: [{ id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] }],
  measures: [{ id: 'jobs_added', name: 'jobs added', unit: 'job', kind: 'change', subjects: ['job'], actions: ['added'] }],
  events: [],
};

describe('factcheck reference validate', () => {
  it('rejects an unknown key in a JSON row and an unknown CSV column, naming row and field', async () => {
    const io = capture();
    expect(await run(['reference', 'validate', file('typo.json', JSON.stringify([fact({ perod: {} })]))], io)).toBe(2);
    expect(io.err.join('')).toMatch(/row 1 \(fr-jobs-2024-12\): \(row\): Unrecognized key: "perod"/);
    const csv = capture();
    const header = 'id,entities,measure,asOf,value,unit,source.organisation,source.title,source.url,source.retrieved,__proto__.side';
    expect(await run(['reference', 'validate', file('typo.csv', `${header}\nx,freedonia,jobs_added,2025-01-10,1,job,A,B,https://a.example,2025-01-10,evil\n`)], csv)).toBe(2);
    expect(csv.err.join('')).toMatch(/row 1: __proto__\.side: unknown column/);
    expect(({} as Record<string, unknown>).side).toBeUndefined();
  });

  it('with --vocabulary, reports every entity, measure, event and unit the vocabulary does not know', async () => {
    const facts = file('facts.json', JSON.stringify([fact({}), fact({ id: 'b', entities: ['ruritania'] }), fact({ id: 'c', measure: 'jobless_rate', unit: '%' }), fact({ id: 'd', event: 'census-2021' }), fact({ id: 'e', unit: '%' })]));
    const vocab = file('vocabulary.json', JSON.stringify(vocabulary));
    const io = capture();
    expect(await run(['reference', 'validate', facts, '--vocabulary', vocab], io)).toBe(2);
    const err = io.err.join('');
    expect(err).toMatch(/row 2 \(b\): entities\.0: no entity "ruritania" in the vocabulary/);
    expect(err).toMatch(/row 3 \(c\): measure: no measure "jobless_rate" in the vocabulary/);
    expect(err).toMatch(/row 4 \(d\): event: no event "census-2021" in the vocabulary/);
    expect(err).toMatch(/row 5 \(e\): unit: "%" cannot stand for the unit of jobs_added \("job"\)/);
    expect(err).not.toMatch(/row 1 /);
    const ok = capture();
    expect(await run(['reference', 'validate', file('good.json', JSON.stringify([fact({})])), '--vocabulary', vocab], ok)).toBe(0);
    expect(ok.out.join('')).toMatch(/1 valid fact\(s\), all known to/);
  });

  it('without --vocabulary, notes the ids the shipped vocabulary does not define', async () => {
    const io = capture();
    expect(await run(['reference', 'validate', file('own.json', JSON.stringify([fact({})]))], io)).toBe(0);
    expect(io.err.join('')).toMatch(/note: 2 fact field\(s\) name ids the shipped vocabulary does not define/);
  });
});

describe('factcheck reference init', () => {
  it('writes a vocabulary skeleton that validates and knows every id of the facts', async () => {
    const facts = file('init.json', JSON.stringify([fact({}), fact({ id: 'grant', measure: 'grants_paid', unit: 'EUR', value: 5e6 }), fact({ id: 'census', measure: 'event_date', unit: 'date', value: undefined, date: { start: '2021-03-21', precision: 'day' }, event: 'census-2021', period: undefined })]));
    const out = join(dir, 'skeleton.json');
    const io = capture();
    expect(await run(['reference', 'init', facts, '--out', out], io)).toBe(0);
    const skeleton = JSON.parse(readFileSync(out, 'utf8'));
    expect(skeleton.extends).toBe('none');
    expect(skeleton.entities.map((e: { id: string }) => e.id)).toEqual(['freedonia']);
    expect(skeleton.measures).toEqual([expect.objectContaining({ id: 'grants_paid', unit: 'EUR' }), expect.objectContaining({ id: 'jobs_added', unit: 'job' })]);
    expect(skeleton.events).toEqual([expect.objectContaining({ id: 'census-2021', start: '2021-03-21', entities: ['freedonia'], kind: 'event' })]);
    // The kind it gives events is declared, and the facts' currency is read as the shipped beat reads it.
    expect(skeleton.eventKinds).toEqual([{ id: 'event' }]);
    expect(skeleton.currencies).toEqual([expect.objectContaining({ code: 'EUR', symbols: ['€'], words: ['euro'] })]);
    expect(await run(['vocabulary', 'validate', out], capture())).toBe(0);
    expect(await run(['reference', 'validate', facts, '--vocabulary', out], capture())).toBe(0);
    // Not over a file that exists, unless told.
    const again = capture();
    expect(await run(['reference', 'init', facts, '--out', out], again)).toBe(2);
    expect(again.err.join('')).toMatch(/exists; use --force/);
  });
});

describe('factcheck vocabulary validate', () => {
  it('names the path of an unknown key, and passes the shipped and example vocabularies', async () => {
    const io = capture();
    expect(await run(['vocabulary', 'validate', file('bad-vocabulary.json', JSON.stringify({ ...vocabulary, entities: [{ ...vocabulary.entities[0], alias: ['x'] }] }))], io)).toBe(2);
    expect(io.err.join('')).toMatch(/entities\.0: Unrecognized key: "alias"/);
    for (const f of ['shared/vocabulary/vocabulary.json', 'eval/beats/energy/vocabulary.json']) expect(await run(['vocabulary', 'validate', f], capture())).toBe(0);
  });
});

describe('factcheck check --explain', () => {
  it('prints each claim\'s frame slot by slot and the candidate facts, with why', async () => {
    const io = capture();
    const BEAT = 'tests/fixtures/beat-freedonia';
    expect(await run(['check', `${BEAT}/article.txt`, '--vocabulary', `${BEAT}/vocabulary.json`, '--reference', `${BEAT}/facts.json`, '--explain'], io)).toBe(1);
    const out = io.out.join('');
    expect(out).toMatch(/- subject: freedonia \[one\] \(high from 'Freedonian'\)/);
    expect(out).toMatch(/- measure: ferry_punctuality \(high\)/);
    expect(out).toMatch(/- time: 2025-03\.\.2025-03 \(high\)/);
    expect(out).toMatch(/- fits: freedonia-ferry-passengers-2025-03 \(main, as of 2025-04-10\)/);
    expect(out).toMatch(/- does not fit: freedonia-ferry-punctuality-2025-03/);
    const plain = capture();
    await run(['check', `${BEAT}/article.txt`, '--vocabulary', `${BEAT}/vocabulary.json`, '--reference', `${BEAT}/facts.json`], plain);
    expect(plain.out.join('')).not.toMatch(/- subject:/);
  });

  it('says why a figure was not judged: the unit no measure has, the facts set aside', async () => {
    const io = capture();
    const BEAT = 'tests/fixtures/beat-freedonia';
    const article = file('why.txt', 'Ferry news\n\nThursday 17 April 2025\n\nFreedonia built 14 new piers in March. Freedonian ferries carried 399,000 passengers in February.\n');
    await run(['check', article, '--vocabulary', `${BEAT}/vocabulary.json`, '--reference', `${BEAT}/facts.json`, '--format', 'json'], io);
    const report = JSON.parse(io.out.join(''));
    const explanation = (quote: string) => report.claims.find((c: { figure: { text: string } }) => c.figure.text === quote).explanation;
    expect(explanation('14 new piers')).toMatch(/could not tell what '14 new piers' measures \(no measure of the vocabulary counts 'pier'\)/);
    expect(explanation('399,000 passengers')).toMatch(/No fact in the reference table gives ferry passengers in a month for Freedonia for 2025-02: its facts of that measure were set aside \(covers 2025-03-01\.\.2025-03-31, the claim speaks of 2025-02\)/);
  });
});

describe('factcheck check --beat', () => {
  it("checks a beat's folder against its own vocabulary and facts", async () => {
    const io = capture();
    expect(await run(['check', '--beat', 'tests/fixtures/beat-freedonia', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out.join(''));
    expect(report.engine.vocabulary).toBe('freedonia-test-1');
    expect(report.claims.find((c: { figure: { text: string } }) => c.figure.text === '412,000 passengers').verdict).toBe('supported');
  });

  it('leaves a beat of its own out of a folder checked against another, and says so', async () => {
    const io = capture();
    await run(['check', 'tests/fixtures/', '--claims-only'], io);
    expect(io.err.join('')).toMatch(/skipped tests\/fixtures\/beat-freedonia: a beat of its own \(vocabulary\.json, facts\.json\); check it with --beat tests\/fixtures\/beat-freedonia/);
  });

  it('refuses a folder that is no beat, and a check with no articles', async () => {
    const io = capture();
    expect(await run(['check', '--beat', 'examples'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--beat examples: a beat's folder holds vocabulary\.json and facts\.json/);
    const none = capture();
    expect(await run(['check'], none)).toBe(2);
    expect(none.err.join('')).toMatch(/no articles given/);
  });
});

describe('exit codes of the bucket commands', () => {
  it('are 2 for a missing option or argument, never 1 (which means "contradicted")', async () => {
    const saved = { FACTCHECK_BUCKET: process.env.FACTCHECK_BUCKET, FACTCHECK_LOCAL_STACK: process.env.FACTCHECK_LOCAL_STACK };
    delete process.env.FACTCHECK_BUCKET;
    process.env.FACTCHECK_LOCAL_STACK = join(dir, 'no-local-stack.json');
    const upload = capture();
    try {
      expect(await run(['upload', 'examples/'], upload)).toBe(2);
    } finally {
      if (saved.FACTCHECK_BUCKET !== undefined) process.env.FACTCHECK_BUCKET = saved.FACTCHECK_BUCKET;
      if (saved.FACTCHECK_LOCAL_STACK !== undefined) process.env.FACTCHECK_LOCAL_STACK = saved.FACTCHECK_LOCAL_STACK;
      else delete process.env.FACTCHECK_LOCAL_STACK;
    }
    expect(upload.err.join('')).toMatch(/which bucket\? give --bucket NAME/);
    const report = capture();
    expect(await run(['report', '--bucket', 'b'], report)).toBe(2);
    expect(report.err.join('')).toMatch(/missing required argument 'key'/);
    expect(await run(['reference', 'load', 'reference/facts.json'], capture())).toBe(2);
  });
});

describe('hostile articles on standard output', () => {
  it('ClaimReview keeps "<" escaped, as the file written with --out does', async () => {
    const io = capture();
    await run(['check', 'tests/fixtures/hostile/script-break.txt', '--format', 'claimreview'], io);
    const out = io.out.join('');
    expect(out).not.toMatch(/<\/script>/i);
    expect(out).toMatch(/\\u003c\/script>/);
    expect(JSON.parse(out)[0].claimReviewed).toMatch(/<\/script><script>alert\(1\)<\/script>/);
  });
});
