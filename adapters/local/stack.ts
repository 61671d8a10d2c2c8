import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import dynalite from 'dynalite';
import S3rver, { type S3rverEvent } from 's3rver';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SeedObject } from './seed.ts';
import { documentClient } from '../dynamodb/reference-store.ts';
import { createReferenceTable, loadFacts } from '../dynamodb/reference-table.ts';
import { storeVocabulary } from '../dynamodb/vocabulary-store.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { PREFIX } from '../../shared/pipeline/keys.ts';
import { DEFAULT_HANDOFF_BYTES } from '../../shared/pipeline/handoff.ts';
import { s3Notification } from './notification.ts';
import { parseRows } from '../../shared/reference/rows.ts';
import { DEFAULT_REFERENCE } from '../../shared/reference/file-store.ts';
import { LocalQueue, type LocalMessage } from './queue.ts';
import { startFaultProxy, type FaultPlan, type FaultProxy } from './faults.ts';
import { startLocalSqsServer, type LocalSqsServer } from './sqs-server.ts';

/**
 * The pipeline on one machine: an S3 API server (s3rver) and a DynamoDB API server (dynalite)
 * on 127.0.0.1, the bucket and tables, the reference dataset loaded, and object-created events
 * routed — keys encoded as real S3 encodes them — through queues with SQS semantics to the
 * same Lambda handlers. The handlers read their configuration from the environment when first
 * imported, so one process runs one local stack.
 */
export interface LocalStackOptions {
  bucket?: string;
  s3Port?: number;
  dynamoPort?: number;
  directory?: string;
  reference?: string;
  /** A vocabulary file stored in the reference table, as `reference load --vocabulary` does. */
  vocabulary?: string;
  /** Objects put in the bucket before events are routed: they trigger nothing (./seed.ts). */
  seed?: readonly SeedObject[];
  /** How long a failed message stays invisible before it is delivered again. */
  visibilityTimeoutMs?: number;
  maxReceiveCount?: number;
  /**
   * Concurrent invocations per stage, as Lambda scales with a backlog (default 1). Each is its
   * own instance of the handler module, as each Lambda container is; they share the SDK clients.
   */
  concurrency?: number;
  /** Records per invocation, at most (default 10, as deployed). */
  batchSize?: number;
  /**
   * What the handlers' context reports as their remaining time, which bounds how long an
   * interrupted run holds its idempotency lock. Deployed, the visibility timeout is six times
   * the function timeout; keep it above this here too, or a redelivery finds the lock held.
   */
  functionTimeoutMs?: number;
  /**
   * Put a fault proxy (./faults.ts) in front of either server: the handlers talk to it, the
   * stack's own setup and `s3Endpoint`/`dynamoEndpoint` keep the servers themselves. A null
   * plan starts the proxy passing everything, to be given a plan later.
   */
  faults?: { s3?: FaultPlan | null; dynamo?: FaultPlan | null };
  /** The handlers' SDK timeouts (functions/lib/clients.ts), shortened for fault tests. */
  sdkTimeoutsMs?: { connection?: number; request?: number };
  /**
   * Split hands claims documents up to this many bytes to check in the queue message, through
   * the local SQS server, as the deployed stack does (default 200 KiB, as deployed); 0 writes
   * every claims document under claims/. Read by the handlers when first imported, like the
   * rest of their configuration.
   */
  claimsMessageMaxBytes?: number;
  log?: (line: string) => void;
  /** Told of every handler invocation: its stage, its records and how long it took. */
  onInvoke?: (stage: 'split' | 'check', records: number, ms: number) => void;
}

export interface LocalStack {
  bucket: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  referenceTable: string;
  idempotencyTable: string;
  queues: { articles: LocalQueue; claims: LocalQueue; articlesDlq: LocalQueue; claimsDlq: LocalQueue };
  /** The SQS API server split sends its claims handoffs to. */
  sqs: LocalSqsServer;
  /** The fault proxies the handlers talk through, when `faults` asked for them. */
  faults: { s3?: FaultProxy; dynamo?: FaultProxy };
  /** Resolves once no message is waiting or in flight in either queue. */
  idle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

let running = false;

/** The key pair s3rver accepts; clients of the local stack use it. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  if (running) throw new Error('a local stack is already running in this process');
  running = true;
  const log = options.log ?? (() => {});
  const bucket = options.bucket ?? 'factcheck-local';
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'factcheck-s3-'));
  const ownDirectory = options.directory === undefined;

  const dyn: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((ok, fail) => {
    dyn.once('error', fail);
    dyn.listen(options.dynamoPort ?? 0, '127.0.0.1', () => ok());
  });
  const dynamoEndpoint = `http://127.0.0.1:${(dyn.address() as AddressInfo).port}`;

  const s3 = new S3rver({ address: '127.0.0.1', port: options.s3Port ?? 0, silent: true, directory, configureBuckets: [{ name: bucket }], allowMismatchedSignatures: true });
  const s3Address = await s3.run();
  const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;

  const faults: LocalStack['faults'] = {};
  if (options.faults?.s3 !== undefined) faults.s3 = await startFaultProxy({ service: 's3', upstream: s3Endpoint, plan: options.faults.s3 });
  if (options.faults?.dynamo !== undefined) faults.dynamo = await startFaultProxy({ service: 'dynamo', upstream: dynamoEndpoint, plan: options.faults.dynamo });

  const referenceTable = 'factcheck-reference';
  const idempotencyTable = 'factcheck-idempotency';
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    // s3rver knows one key pair; dynalite accepts any. Real credentials never reach the local servers.
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: faults.s3?.endpoint ?? s3Endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: faults.dynamo?.endpoint ?? dynamoEndpoint,
    // s3rver stores aws-chunked framing inside objects when the SDK streams with checksums.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    REFERENCE_TABLE: referenceTable,
    IDEMPOTENCY_TABLE: idempotencyTable,
    POWERTOOLS_SERVICE_NAME: process.env.POWERTOOLS_SERVICE_NAME ?? 'factcheck-local',
    POWERTOOLS_METRICS_NAMESPACE: 'Factcheck',
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    ...(options.sdkTimeoutsMs?.connection ? { SDK_CONNECTION_TIMEOUT_MS: String(options.sdkTimeoutsMs.connection) } : {}),
    ...(options.sdkTimeoutsMs?.request ? { SDK_REQUEST_TIMEOUT_MS: String(options.sdkTimeoutsMs.request) } : {}),
  });

  const raw = new DynamoDBClient({ endpoint: dynamoEndpoint });
  const docs = documentClient({ endpoint: dynamoEndpoint });
  await createReferenceTable(docs, referenceTable);
  await createIdempotencyTable(raw, idempotencyTable);
  const referenceFile = options.reference ?? DEFAULT_REFERENCE;
  const { facts, errors } = parseRows(readFileSync(referenceFile, 'utf8'), referenceFile.endsWith('.csv') ? 'csv' : 'json');
  if (errors.length) throw new Error(`reference file ${referenceFile} has ${errors.length} invalid row(s)`);
  await loadFacts(docs, referenceTable, facts);
  log(`loaded ${facts.length} reference facts into ${referenceTable}`);
  if (options.vocabulary) {
    const text = readFileSync(options.vocabulary, 'utf8');
    vocabularyFromFile(JSON.parse(text), `vocabulary ${options.vocabulary}`);
    const stored = await storeVocabulary(docs, referenceTable, text);
    log(`stored vocabulary ${options.vocabulary} in ${referenceTable} (version ${stored.version})`);
  }

  const deadLettered = (queue: string) => (m: LocalMessage) => log(`dead-letter: ${queue} message ${m.id} after ${m.receiveCount} receives: ${m.body.slice(0, 200)}`);
  const q = {
    visibilityTimeoutMs: options.visibilityTimeoutMs ?? 2_000,
    maxReceiveCount: options.maxReceiveCount ?? 5,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  };
  const articlesDlq = new LocalQueue({ name: 'factcheck-articles-dlq' });
  const claimsDlq = new LocalQueue({ name: 'factcheck-claims-dlq' });
  const articles = new LocalQueue({ name: 'factcheck-articles', ...q, deadLetter: articlesDlq, onDeadLetter: deadLettered('articles') });
  const claims = new LocalQueue({ name: 'factcheck-claims', ...q, deadLetter: claimsDlq, onDeadLetter: deadLettered('claims') });
  const sqs = await startLocalSqsServer([articles, claims]);
  const handoffBytes = options.claimsMessageMaxBytes ?? DEFAULT_HANDOFF_BYTES;
  // The SQS client's endpoint and the queue URL's host agree, as in AWS (else the SDK warns).
  if (handoffBytes > 0) Object.assign(process.env, { CLAIMS_QUEUE_URL: sqs.urlOf(claims), CLAIMS_MESSAGE_MAX_BYTES: String(handoffBytes), AWS_ENDPOINT_URL_SQS: sqs.endpoint });
  else {
    delete process.env.CLAIMS_QUEUE_URL;
    delete process.env.CLAIMS_MESSAGE_MAX_BYTES;
  }

  const root = resolve(import.meta.dirname, '../..');
  type Handler = (e: SQSEvent, c: Context) => Promise<SQSBatchResponse>;
  const instances = Math.max(1, options.concurrency ?? 1);
  // A query string makes another instance of the module (its own batch processor and
  // idempotency state); the first is the module itself.
  const load = async (file: string): Promise<Handler[]> =>
    Promise.all(Array.from({ length: instances }, async (_, i) => (await import(join(root, file) + (i ? `?instance=${i}` : ''))).handler as Handler));
  const splits = await load('functions/split.ts');
  const checks = await load('functions/check.ts');

  let invocation = 0;
  const functionTimeoutMs = options.functionTimeoutMs ?? 30_000;
  const context = (name: string): Context =>
    ({
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${name}`,
      memoryLimitInMB: '512',
      awsRequestId: `local-${name}-${++invocation}`,
      logGroupName: `/aws/lambda/${name}`,
      logStreamName: 'local',
      callbackWaitsForEmptyEventLoop: false,
      getRemainingTimeInMillis: () => functionTimeoutMs,
      done: () => {},
      fail: () => {},
      succeed: () => {},
    }) as Context;
  const timed = (stage: 'split' | 'check', handler: Handler) => async (e: SQSEvent) => {
    const started = performance.now();
    try {
      return await handler(e, context(`factcheck-${stage}`));
    } finally {
      options.onInvoke?.(stage, e.Records.length, performance.now() - started);
    }
  };
  articles.start(splits.map((split) => timed('split', split)));
  claims.start(checks.map((check) => timed('check', check)));

  if (options.seed?.length) {
    const client = new S3Client({ endpoint: s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    try {
      for (const o of options.seed) await client.send(new PutObjectCommand({ Bucket: bucket, Key: o.key, Body: o.body, ContentType: o.contentType, Metadata: o.metadata }));
    } finally {
      client.destroy();
    }
    log(`seeded ${options.seed.length} object(s) for the sample events: ${options.seed.map((o) => o.key).join(', ')}`);
  }

  // Only object-created events under articles/ and claims/ are routed: outputs under reports/
  // and errors/ trigger nothing, as in the deployed stack.
  s3.on('event', (event: S3rverEvent) => {
    for (const r of event.Records) {
      if (!r.eventName.startsWith('ObjectCreated')) continue;
      const key = r.s3.object.key;
      const queue = key.startsWith(PREFIX.articles) ? articles : key.startsWith(PREFIX.claims) ? claims : null;
      if (!queue) {
        log(`${r.eventName} ${key} (not routed)`);
        continue;
      }
      const o = r.s3.object;
      queue.send(JSON.stringify({ Records: [s3Notification({ bucket: r.s3.bucket.name, key, eventName: r.eventName, eventTime: r.eventTime, size: o.size, eTag: o.eTag, sequencer: o.sequencer })] }));
      log(`${r.eventName} ${key} → ${queue.name}`);
    }
  });

  const stack: LocalStack = {
    bucket,
    s3Endpoint,
    dynamoEndpoint,
    referenceTable,
    idempotencyTable,
    queues: { articles, claims, articlesDlq, claimsDlq },
    sqs,
    faults,
    async idle(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      // Quiet for a few polls in a row: a stage's output may be about to enqueue the next one.
      let quiet = 0;
      while (quiet < 5) {
        if (Date.now() > until) throw new Error(`local stack still busy after ${timeoutMs} ms (${articles.depth} article and ${claims.depth} claims messages)`);
        quiet = articles.depth === 0 && claims.depth === 0 ? quiet + 1 : 0;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await articles.stop();
      await claims.stop();
      await sqs.close();
      raw.destroy();
      docs.destroy();
      await faults.s3?.close();
      await faults.dynamo?.close();
      await s3.close();
      await new Promise<void>((r) => dyn.close(() => r()));
      if (ownDirectory) rmSync(directory, { recursive: true, force: true });
      running = false;
    },
  };
  return stack;
}

async function createIdempotencyTable(client: DynamoDBClient, table: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch {
    // not there yet
  }
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    }),
  );
}
