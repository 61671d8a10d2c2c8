import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { randomUUID } from 'node:crypto';
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { isRetryable } from '../../adapters/aws-errors.ts';
import { S3BlobStore } from '../../adapters/s3/blob-store.ts';
import type { BlobStore } from '../../shared/pipeline/blob-store.ts';
import { articleKeyFor, errorKeyFor, KeyError } from '../../shared/pipeline/keys.ts';
import { errorReport } from '../../shared/pipeline/error-report.ts';
import type { Outcome, StageInput } from '../../shared/pipeline/outcome.ts';
import { ENGINE } from '../../shared/version.ts';
import { dynamo, requireEnv, s3 } from './clients.ts';
import { ARTICLE_VERSION, EventParseError, parseRecord } from './events.ts';
import { logger as rootLogger, metrics } from './observability.ts';
import { traceRecord, type RecordTrace } from './tracing.ts';
import type { Logger } from '@aws-lambda-powertools/logger';
import { readFileSync } from 'node:fs';
import { readShippedVocabularyWith } from '../../shared/vocabulary/vocabulary.ts';

// The deployed bundle leaves the shipped vocabulary out and carries it beside its code (ADR
// 0005); read at the first article that needs it. (Run from source, the vocabulary is in the
// code and this is never called.)
readShippedVocabularyWith(() => JSON.parse(readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8')));

/**
 * What both stages share: parse each SQS record, run the stage once per object version
 * (Powertools idempotency), sort failures into retryable (the record goes back to the queue)
 * and permanent (an error report, the record is consumed), log and count.
 */
export interface StageDefinition {
  stage: 'split' | 'check';
  run: (input: StageInput, blobs: BlobStore) => Promise<Outcome>;
}

interface IdempotentInput extends StageInput {
  version: string;
  requestId: string;
  /** This call's own id: a result that carries another one was stored by an earlier call. */
  attempt: string;
}

type Recorded = Outcome & { requestId: string; attempt: string };

const blobsByBucket = new Map<string, BlobStore>();
const blobsFor = (bucket: string) => {
  let b = blobsByBucket.get(bucket);
  if (!b) blobsByBucket.set(bucket, (b = new S3BlobStore(s3, bucket)));
  return b;
};

export function stageHandler(def: StageDefinition): (event: SQSEvent, context: Context) => Promise<SQSBatchResponse> {
  // Its own logger, so that two stages sharing one process (the local stack) keep their keys apart.
  const logger = rootLogger.createChild();
  const processor = new BatchProcessor(EventType.SQS);
  const config = new IdempotencyConfig({
    // bucket + key + version: a new version of the same key is new work; a repeated event is not.
    eventKeyJmesPath: '[bucket, key, version]',
    expiresAfterSeconds: 7 * 24 * 3600,
    throwOnNoIdempotencyKey: true,
  });
  const persistenceStore = new DynamoDBPersistenceLayer({ tableName: requireEnv('IDEMPOTENCY_TABLE'), awsSdkV3Client: dynamo });

  const once = makeIdempotent(
    async (input: IdempotentInput): Promise<Recorded> => {
      const blobs = blobsFor(input.bucket);
      try {
        return { ...(await def.run(input, blobs)), requestId: input.requestId, attempt: input.attempt };
      } catch (err) {
        if (isRetryable(err)) throw err;
        // A permanent failure (access denied, a missing bucket, a bug) gets an error report,
        // so the upload is never silently lost; the record is consumed.
        const code = (err as Error).name || 'Error';
        const message = (err as Error).message;
        logger.error('permanent failure', { error: err as Error });
        const report = errorReport(def.stage, input, code, message, { name: ENGINE.name, version: ENGINE.version });
        await blobs.put(errorKeyFor(input.key), `${JSON.stringify(report, null, 2)}\n`, 'application/json');
        return { status: 'rejected', key: errorKeyFor(input.key), code, message, requestId: input.requestId, attempt: input.attempt };
      }
    },
    { persistenceStore, config },
  );

  const handleRecord = async (record: SQSRecord, context: Context): Promise<void> => {
    let parsed;
    try {
      parsed = parseRecord(record);
    } catch (err) {
      if (!(err instanceof EventParseError)) throw err;
      // A message that is not an S3 notification can never succeed: consume it, loudly.
      logger.error('unreadable event', { messageId: record.messageId, reason: err.message });
      metrics.addMetric('UnreadableEvents', MetricUnit.Count, 1);
      await traceRecord(`### ${def.stage} record`, async (trace) => {
        trace.annotate('stage', def.stage);
        trace.annotate('outcome', 'unreadable');
        trace.detail('messageId', record.messageId);
      });
      return;
    }
    if (parsed.test) return;
    for (const [i, input] of parsed.inputs.entries()) {
      const version = parsed.versions[i]!;
      await traceRecord(`### ${def.stage} record`, async (trace) => {
        annotateInput(trace, def.stage, input.key, version);
        trace.detail('messageId', record.messageId);
        logger.appendKeys({ bucket: input.bucket, key: input.key });
        const started = Date.now();
        try {
          // The idempotency key is [bucket, key, version] only: requestId and attempt ride along
          // into the stored result, so that a repeat (in this batch or a later one) is told apart.
          const attempt = randomUUID();
          const outcome = await once({ ...input, version, requestId: context.awsRequestId, attempt });
          const duplicate = outcome.attempt !== attempt;
          trace.annotate('outcome', duplicate ? 'duplicate' : outcome.status);
          if (outcome.status === 'rejected') trace.detail('code', outcome.code);
          record_(logger, def.stage, outcome, duplicate);
        } catch (err) {
          if (err instanceof IdempotencyAlreadyInProgressError) {
            // The same object version is being processed by another invocation right now: this
            // record goes back to the queue and, redelivered, returns that invocation's result.
            trace.annotate('outcome', 'in-progress');
            logger.info('this object version is being processed by another invocation; the message goes back to the queue', { messageId: record.messageId });
            metrics.addMetric('DuplicatesInProgress', MetricUnit.Count, 1);
            throw err;
          }
          // The record goes back to the queue, and after maxReceiveCount to the dead-letter queue,
          // which keeps no reason: the log says why, on every receive.
          trace.annotate('outcome', 'retry');
          logger.warn('failed; the message goes back to the queue', { messageId: record.messageId, receiveCount: Number(record.attributes.ApproximateReceiveCount), error: err as Error });
          throw err;
        } finally {
          metrics.addMetric('StageDuration', MetricUnit.Milliseconds, Date.now() - started);
          logger.removeKeys(['bucket', 'key']);
        }
      });
    }
  };

  return async (event, context) => {
    logger.addContext(context);
    config.registerLambdaContext(context);
    try {
      // In order, one at a time: the stages are CPU-bound, and a duplicate in the same batch is
      // then skipped at once rather than sent back as "in progress". A batch where every record
      // failed is reported as such (SQS redelivers them all), not thrown.
      return await processPartialResponse(event, (record: SQSRecord) => handleRecord(record, context), processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

function record_(logger: Logger, stage: StageDefinition['stage'], outcome: Recorded, duplicate: boolean): void {
  if (duplicate) {
    logger.info('duplicate event: this object version was processed already', { by: outcome.requestId });
    metrics.addMetric('Duplicates', MetricUnit.Count, 1);
    return;
  }
  switch (outcome.status) {
    case 'handed-off':
      logger.info('split done; the claims document went to check in the queue message', { claims: outcome.claims });
      metrics.addMetric('Articles', MetricUnit.Count, 1);
      metrics.addMetric('Claims', MetricUnit.Count, outcome.claims);
      metrics.addMetric('ClaimsHandedOff', MetricUnit.Count, 1);
      break;
    case 'written':
      logger.info(`${stage} done`, { output: outcome.key, claims: outcome.claims, verdicts: outcome.verdicts });
      if (stage === 'split') {
        metrics.addMetric('Articles', MetricUnit.Count, 1);
        metrics.addMetric('Claims', MetricUnit.Count, outcome.claims);
      } else {
        metrics.addMetric('Reports', MetricUnit.Count, 1);
        for (const [label, n] of Object.entries(outcome.verdicts ?? {})) {
          if (n) metrics.addMetric(`Verdicts${label.charAt(0).toUpperCase()}${label.slice(1)}`, MetricUnit.Count, n);
        }
      }
      break;
    case 'rejected':
      logger.warn(`${stage} rejected the input`, { code: outcome.code, reason: outcome.message, errorReport: outcome.key });
      metrics.addMetric('Rejections', MetricUnit.Count, 1);
      break;
    case 'gone':
      logger.info('the object is gone; nothing to do');
      metrics.addMetric('ObjectsGone', MetricUnit.Count, 1);
      break;
    case 'ignored':
      logger.info('nothing to process; no error report', { reason: outcome.reason });
      metrics.addMetric('Ignored', MetricUnit.Count, 1);
      break;
    case 'superseded':
      // Not an error: the newer version's own event produces the output.
      logger.info('a newer version of the object exists; nothing written', { object: outcome.key, version: outcome.version, latest: outcome.latest });
      metrics.addMetric('Superseded', MetricUnit.Count, 1);
      break;
  }
}

/**
 * The annotations that let one article be followed across both stages: the stage, the key the
 * record names, its version, and the article's key (check's input is a claims document). For a
 * claims document handed over in the queue message, the version is the article's, as split saw it.
 */
function annotateInput(trace: RecordTrace, stage: StageDefinition['stage'], key: string, version: string): void {
  trace.annotate('stage', stage);
  trace.annotate('key', key);
  trace.annotate('versionId', version.startsWith(ARTICLE_VERSION) ? version.slice(ARTICLE_VERSION.length) : version);
  if (stage === 'check') {
    try {
      trace.annotate('article', articleKeyFor(key));
    } catch (err) {
      // A key the stage refuses (BAD_KEY) names no article.
      if (!(err instanceof KeyError)) throw err;
    }
  }
}
