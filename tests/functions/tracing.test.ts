import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mockClient } from 'aws-sdk-client-mock';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { s3Notification } from '../../adapters/local/notification.ts';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { lambdaContext, mockAwsClients, prepareHandlerEnv, responseBody as body, sampleEvent, stageHandlers } from '../helpers/handlers.ts';

/**
 * One X-Ray subsegment per record, annotated with the stage, the key, the version and the
 * outcome, so that one article can be followed across both stages. The tracer is spied on: its
 * segments are stand-ins that record what the handler puts on them.
 */
prepareHandlerEnv();
process.env.CLAIMS_QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/factcheck-claims';
const { s3, ddb, docs } = mockAwsClients();
const sqs = mockClient(SQSClient);
const { split, check } = stageHandlers();
// Imported once the environment above is set: the module makes its logger and metrics as it loads.
let tracer: typeof import('../../functions/lib/observability.ts').tracer;
beforeAll(async () => {
  ({ tracer } = await import('../../functions/lib/observability.ts'));
});

const article = readFileSync('examples/ceasefire-one-year-on.txt');
const ETAG = createHash('md5').update(article).digest('hex');

class FakeSegment {
  readonly subsegments: FakeSegment[] = [];
  readonly annotations: Record<string, string | number | boolean> = {};
  readonly metadata: Record<string, unknown> = {};
  error: unknown;
  closed = false;
  constructor(readonly name: string) {}
  addNewSubsegment(name: string): FakeSegment {
    const s = new FakeSegment(name);
    this.subsegments.push(s);
    return s;
  }
  close(): void {
    this.closed = true;
  }
}

let root: FakeSegment;
let current: FakeSegment;

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  sqs.reset();
  fakeIdempotencyTable(ddb);
  s3.on(PutObjectCommand).resolves({});
  s3.on(HeadObjectCommand).resolves({ ETag: `"${ETAG}"` });
  s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, ContentType: 'text/plain', Metadata: {}, ETag: `"${ETAG}"` });
  docs.on(GetCommand).resolves({});
  docs.on(QueryCommand).resolves({ Items: [] });
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm1' });

  // Lambda's own segment, and the tracer's idea of the active one.
  root = new FakeSegment('facade');
  current = root;
  vi.spyOn(tracer, 'isTracingEnabled').mockReturnValue(true);
  vi.spyOn(tracer, 'getSegment').mockImplementation(() => current as never);
  vi.spyOn(tracer, 'setSegment').mockImplementation((s) => {
    current = s as unknown as FakeSegment;
  });
  vi.spyOn(tracer, 'putAnnotation').mockImplementation((k, v) => {
    // X-Ray refuses annotations on Lambda's segment: they must land on a record's subsegment.
    if (current === root) throw new Error(`annotation ${k} on the function's segment`);
    current.annotations[k] = v;
  });
  vi.spyOn(tracer, 'putMetadata').mockImplementation((k, v) => {
    current.metadata[k] = v;
  });
  vi.spyOn(tracer, 'addErrorAsMetadata').mockImplementation((err) => {
    current.error = err;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** An SQS event of one message per body. */
function batch(bodies: string[]): SQSEvent {
  const template = sampleEvent('article-uploaded').Records[0]!;
  return { Records: bodies.map((b, i) => ({ ...template, messageId: `m-${i}-${Math.random()}`, body: b })) };
}
const upload = (key: string, size = article.length) => JSON.stringify({ Records: [s3Notification({ bucket: 'factcheck-local', key, size, eTag: ETAG, sequencer: '00A1' })] });

describe('tracing per record', () => {
  it('gives each record of a split batch its own closed subsegment, annotated with stage, key, version and outcome', async () => {
    s3.on(GetObjectCommand, { Key: 'articles/slow.txt' }).rejects(new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'slow down', $metadata: { httpStatusCode: 503 } }));
    const e = batch([upload('articles/story.txt'), upload('articles/x/../y.txt'), upload('articles/world/', 0), upload('articles/slow.txt'), '{"not": "an event"}', upload('articles/story.txt')]);
    const out = await split(e, lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[3]!.messageId }]);

    expect(root.subsegments).toHaveLength(6);
    expect(root.subsegments.every((s) => s.closed && s.name === '### split record')).toBe(true);
    expect(root.subsegments.map((s) => s.annotations)).toEqual([
      { stage: 'split', key: 'articles/story.txt', versionId: ETAG, outcome: 'handed-off' },
      { stage: 'split', key: 'articles/x/../y.txt', versionId: ETAG, outcome: 'rejected' },
      { stage: 'split', key: 'articles/world/', versionId: ETAG, outcome: 'ignored' },
      { stage: 'split', key: 'articles/slow.txt', versionId: ETAG, outcome: 'retry' },
      { stage: 'split', outcome: 'unreadable' },
      { stage: 'split', key: 'articles/story.txt', versionId: ETAG, outcome: 'duplicate' },
    ]);
    expect(root.subsegments[1]!.metadata).toMatchObject({ code: 'BAD_KEY' });
    // The failed record's subsegment carries its error; the others none.
    expect((root.subsegments[3]!.error as Error).name).toBe('SlowDown');
    expect(root.subsegments.filter((s) => s.error !== undefined)).toHaveLength(1);
    expect(root.subsegments.map((s) => s.metadata.messageId)).toEqual(e.Records.map((r) => r.messageId));
    // The function's segment is active again once the batch is done.
    expect(current).toBe(root);
  });

  it('lets one article be followed from split to check: the same article key and version on both', async () => {
    await split(batch([upload('articles/story.txt')]), lambdaContext('split'));
    const handoff = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input.MessageBody!;
    await check(batch([handoff]), lambdaContext('check'));

    const [splitRecord, checkRecord] = root.subsegments;
    expect(splitRecord!.annotations).toEqual({ stage: 'split', key: 'articles/story.txt', versionId: ETAG, outcome: 'handed-off' });
    expect(checkRecord!.name).toBe('### check record');
    expect(checkRecord!.annotations).toEqual({ stage: 'check', key: 'claims/story.txt.json', article: 'articles/story.txt', versionId: ETAG, outcome: 'written' });
    expect(checkRecord!.closed).toBe(true);
  });

  it('annotates nothing, and opens no subsegment, when tracing is off', async () => {
    vi.mocked(tracer.isTracingEnabled).mockReturnValue(false);
    await split(batch([upload('articles/story.txt')]), lambdaContext('split'));
    expect(root.subsegments).toEqual([]);
    expect(tracer.putAnnotation).not.toHaveBeenCalled();
  });
});
