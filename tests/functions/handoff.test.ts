import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import 'aws-sdk-client-mock-vitest/extend';
import { mockClient } from 'aws-sdk-client-mock';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { SendMessageCommand, SQSClient, SQSServiceException } from '@aws-sdk/client-sqs';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { lambdaContext, mockAwsClients, prepareHandlerEnv, responseBody as body, sampleEvent as event, stageHandlers } from '../helpers/handlers.ts';

/** The handlers with the claims handoff on, as the stack deploys them: SDK clients mocked. */
prepareHandlerEnv();
process.env.CLAIMS_QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/factcheck-claims';
process.env.CLAIMS_MESSAGE_MAX_BYTES = String(200 * 1024);
const { s3, ddb, docs } = mockAwsClients();
const sqs = mockClient(SQSClient);
const { split, check } = stageHandlers();

const article = readFileSync('examples/ceasefire-one-year-on.txt');
// The sample events name the article by its ETag, as the local (unversioned) bucket holds it.
const ETAG = createHash('md5').update(article).digest('hex');
const putKeys = () => s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key);

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  sqs.reset();
  fakeIdempotencyTable(ddb);
  s3.on(PutObjectCommand).resolves({});
  s3.on(HeadObjectCommand).resolves({ ETag: `"${ETAG}"` });
  s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, ContentType: 'text/plain', Metadata: { published: '2021-11-10' }, ETag: `"${ETAG}"` });
  docs.on(GetCommand).resolves({});
  docs.on(QueryCommand).resolves({ Items: [] });
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm1' });
});

describe('split with the claims handoff', () => {
  it('sends the claims document to the claims queue in one message and writes no claims/ object', async () => {
    const out = await split(event('article-uploaded'), lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putKeys()).toEqual([]);
    expect(sqs).toHaveReceivedCommandTimes(SendMessageCommand, 1);
    const input = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input;
    expect(input.QueueUrl).toBe(process.env.CLAIMS_QUEUE_URL);
    const message = JSON.parse(input.MessageBody!);
    expect(message).toMatchObject({ kind: 'factcheck/claims-handoff', bucket: 'factcheck-local', key: 'claims/ceasefire-one-year-on.txt.json' });
    expect(message.document.article).toMatchObject({ version: { etag: ETAG }, published: { date: '2021-11-10', how: 'given' } });
  });

  it('returns a throttled send as a batch item failure, so the article is split again, not lost', async () => {
    sqs.on(SendMessageCommand).rejects(new SQSServiceException({ name: 'RequestThrottled', $fault: 'client', message: 'slow down', $metadata: { httpStatusCode: 403 } }));
    const e = event('article-uploaded');
    const out = await split(e, lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(putKeys()).toEqual([]);
  });
});

describe('check with the claims handoff', () => {
  it('judges the document in the message without reading claims/, and writes the page and the report', async () => {
    const out = await check(event('claims-handoff'), lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Key: 'articles/ceasefire-one-year-on.txt' });
    expect(putKeys()).toEqual(['reports/ceasefire-one-year-on.txt.html', 'reports/ceasefire-one-year-on.txt.json']);
  });

  it('processes a repeated message once: the article version is the idempotency key', async () => {
    await check(event('claims-handoff'), lambdaContext('stage'));
    const again = event('claims-handoff');
    again.Records[0]!.messageId = 'another-delivery';
    const out = await check(again, lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putKeys()).toEqual(['reports/ceasefire-one-year-on.txt.html', 'reports/ceasefire-one-year-on.txt.json']);
  });
});
