import { beforeEach, describe, expect, it } from 'vitest';
import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { MAX_KEY_BYTES, REFUSED_KEYS, refusedKeyErrorKey } from '../../shared/pipeline/keys.ts';
import { ErrorReport } from '../../shared/pipeline/error-report.ts';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { REFUSED_KEY_CASES, refusedKeyBody, type RefusedKeyCase } from '../fixtures/refused-keys.ts';
import { lambdaContext, mockAwsClients, prepareHandlerEnv, sampleEvent, stageHandlers } from '../helpers/handlers.ts';

/**
 * Keys the stages refuse (tests/fixtures/hostile/refused-keys.json): each ends in one error report
 * under errors/refused-keys/, at a key made by encoding the refused one, and nothing is read or
 * written at a key built from it; a folder marker ends in nothing at all. Either way the record
 * is consumed, never sent back to the queue.
 */
prepareHandlerEnv();
const { s3, ddb, docs } = mockAwsClients();
const handlers = stageHandlers();

const CASES = REFUSED_KEY_CASES;

function eventFor(c: RefusedKeyCase, n: number): SQSEvent {
  const e = sampleEvent('article-uploaded');
  e.Records[0] = { ...e.Records[0]!, messageId: `refused-${n}`, body: refusedKeyBody(c, 'factcheck-local') };
  return e;
}

const puts = () => s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input);

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  fakeIdempotencyTable(ddb);
  s3.on(PutObjectCommand).resolves({});
  s3.on(HeadObjectCommand).resolves({});
});

describe('keys the stages refuse', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s: an error report at a safe key, or nothing for a folder marker', async (_, c, i) => {
    const out = await handlers[c.stage](eventFor(c, i), lambdaContext(c.stage));
    expect(out.batchItemFailures).toEqual([]);
    // Nothing is read at the refused key: a client or server that resolves ".." would read another object.
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
    expect(s3).not.toHaveReceivedCommand(HeadObjectCommand);
    if (c.expect === 'ignored') {
      expect(puts()).toEqual([]);
      return;
    }
    const written = puts();
    expect(written.map((p) => p.Key)).toEqual([refusedKeyErrorKey(c.key)]);
    const key = written[0]!.Key!;
    expect(key.startsWith(REFUSED_KEYS)).toBe(true);
    // One segment below the prefix, of safe characters only: nothing of the refused key acts as a path.
    expect(key.slice(REFUSED_KEYS.length)).toMatch(/^[A-Za-z0-9._%~-]+\.json$/);
    const report = ErrorReport.parse(JSON.parse(String(written[0]!.Body)));
    expect(report).toMatchObject({ stage: c.stage, input: { bucket: 'factcheck-local', key: c.key }, error: { code: 'BAD_KEY' } });
    expect(report.error.message).toMatch(/is not under|prefix itself|segment|does not end with \.json|names no article/);
  });

  it('a delivered-again refused key writes its error report once', async () => {
    const c = CASES.find((x) => x.expect === 'BAD_KEY' && x.stage === 'split')!;
    await handlers.split(eventFor(c, 100), lambdaContext('split'));
    await handlers.split(eventFor(c, 101), lambdaContext('split'));
    expect(puts()).toHaveLength(1);
  });
});

describe('the error key of a refused key', () => {
  it('encodes the whole key as one segment, and keeps distinct keys apart', () => {
    expect(refusedKeyErrorKey('articles/x/../y.txt')).toBe('errors/refused-keys/articles%2Fx%2F..%2Fy.txt.json');
    expect(refusedKeyErrorKey('articles/')).toBe('errors/refused-keys/articles%2F.json');
    expect(refusedKeyErrorKey('..')).toBe('errors/refused-keys/...json');
    const keys = CASES.map((c) => c.key);
    expect(new Set(keys.map(refusedKeyErrorKey)).size).toBe(new Set(keys).size);
  });

  it('fits S3 for the longest refused key, with a hash of the whole', () => {
    for (const unit of ['../', 'é/', '😀/..']) {
      let key = `articles/${unit.repeat(1024)}`;
      while (new TextEncoder().encode(key).length > MAX_KEY_BYTES) key = key.slice(0, -1);
      const error = refusedKeyErrorKey(key);
      expect(error.length).toBeLessThanOrEqual(MAX_KEY_BYTES);
      expect(error).toMatch(/^errors\/refused-keys\/[A-Za-z0-9._%-]*~[0-9a-f]{16}\.json$/);
      expect(refusedKeyErrorKey(`${key.slice(0, -1)}x`)).not.toBe(error);
    }
  });
});
