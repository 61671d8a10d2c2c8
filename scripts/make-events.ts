// Writes the sample event payloads in events/: S3 notifications inside SQS messages, with keys
// encoded exactly as S3 encodes them. Run again after changing the shapes: npm run events.
import { writeFileSync } from 'node:fs';
import { s3Notification } from '../adapters/local/notification.ts';
import { handoffMessage } from '../shared/pipeline/handoff.ts';
import { jsonParts } from '../shared/pipeline/serialise.ts';
import { md5, seededClaims, seedObjects, SEED_BUCKET } from '../adapters/local/seed.ts';

const BUCKET = SEED_BUCKET;
// The events name the objects `npm run local` seeds, by their ETags (the local bucket is not
// versioned): every sample event does what its name says on a fresh local stack.
const seeded = new Map(seedObjects().map((o) => [o.key, o]));
const identity = (key: string) => {
  const o = seeded.get(key)!;
  return { size: o.body.length, eTag: md5(o.body) };
};

function s3Record(key: string, opts: { size?: number; eTag?: string; versionId?: string; eventName?: string } = {}) {
  return s3Notification({
    bucket: BUCKET,
    key,
    eventTime: '2026-11-22T10:00:00.000Z',
    principal: 'AWS:AIDAEXAMPLE',
    requestId: 'C3D13FE58DE4C810',
    hostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
    configurationId: 'factcheck-notification',
    size: opts.size ?? 1024,
    eTag: opts.eTag ?? 'd41d8cd98f00b204e9800998ecf8427e',
    versionId: opts.versionId,
    sequencer: '0055AED6DCD90281E5',
    ...(opts.eventName ? { eventName: opts.eventName } : {}),
  });
}

function sqsRecord(body: unknown, messageId: string, queue: string) {
  return {
    messageId,
    receiptHandle: `AQEB${messageId}`,
    body: JSON.stringify(body),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1795327200000', SenderId: 'AIDAEXAMPLE', ApproximateFirstReceiveTimestamp: '1795327200001' },
    messageAttributes: {},
    md5OfBody: '098f6bcd4621d373cade4e832627b4f6',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:123456789012:${queue}`,
    awsRegion: 'us-east-1',
  };
}

const event = (...records: unknown[]) => ({ Records: records });
const upload = (key: string, id: string, opts = {}) => sqsRecord({ Records: [s3Record(key, opts)] }, id, 'factcheck-articles');

/** What split sends check for a small article: its claims document in the message. */
function handoff(id: string) {
  const { key, document } = seededClaims();
  const body = handoffMessage(BUCKET, key, jsonParts(document, 'claims'), 200 * 1024)!;
  return { ...sqsRecord(null, id, 'factcheck-claims'), body };
}

const article = 'articles/ceasefire-one-year-on.txt';
const files: Record<string, unknown> = {
  'article-uploaded.json': event(upload(article, '059f36b4-87a3-44ab-83d2-661975830a7d', identity(article))),
  // "articles/Baku 2020 + Yerevan 100% Şuşa.txt", arriving as S3 sends it.
  'article-key-encoded.json': event(upload('articles/Baku 2020 + Yerevan 100% Şuşa.txt', '2e1424d4-f796-459a-8184-9c92662be6da', identity('articles/Baku 2020 + Yerevan 100% Şuşa.txt'))),
  // The same upload's event twice (S3 delivers at least once): processed once.
  'article-duplicate.json': event(
    upload(article, '8f2c7f0e-5d1a-4a7e-9a37-3f2b1c0d9e11', identity(article)),
    upload(article, '8f2c7f0e-5d1a-4a7e-9a37-3f2b1c0d9e12', identity(article)),
  ),
  // An upload over the size limit: refused from the event's size, with a TOO_LARGE error report.
  'article-oversize.json': event(upload('articles/archive-dump.txt', '6a1f0c2b-3d4e-4f5a-8b9c-0d1e2f3a4b5c', { ...identity('articles/archive-dump.txt'), size: 20 * 1024 * 1024 })),
  'claims-created.json': event(sqsRecord({ Records: [s3Record('claims/ceasefire-one-year-on.txt.json', identity('claims/ceasefire-one-year-on.txt.json'))] }, 'c0ffee00-1111-4222-8333-944445555666', 'factcheck-claims')),
  // Split's claims handoff: the claims document of a small article in the message itself.
  'claims-handoff.json': event(handoff('d00dfeed-2222-4333-8444-955556666777')),
  's3-test-event.json': event(sqsRecord({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-22T10:00:00.000Z', Bucket: BUCKET, RequestId: '5582815E1AEA5ADF', HostId: '8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE' }, '7b0d9d3e-0a8f-4a8d-9c1e-2f3a4b5c6d7e', 'factcheck-articles')),
};

for (const [name, body] of Object.entries(files)) {
  writeFileSync(new URL(`../events/${name}`, import.meta.url), `${JSON.stringify(body, null, 2)}\n`);
  console.log(`events/${name}`);
}
