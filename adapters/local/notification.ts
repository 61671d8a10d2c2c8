import type { SQSRecord } from 'aws-lambda';
import { encodeEventKey } from '../../shared/pipeline/keys.ts';

/**
 * An S3 event notification record as real S3 sends it: the key URL-encoded ('+' for a space),
 * an IPv4 source, and the fields the handlers read. Used by the local stack and by the sample
 * events in events/.
 */
export interface NotificationOptions {
  bucket: string;
  /** The object's key, unencoded. */
  key: string;
  eventName?: string;
  eventTime?: string;
  size?: number | undefined;
  eTag?: string | undefined;
  versionId?: string | undefined;
  sequencer?: string | undefined;
  principal?: string;
  requestId?: string;
  hostId?: string;
  configurationId?: string;
}

export function s3Notification(o: NotificationOptions): Record<string, unknown> {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: o.eventTime ?? new Date().toISOString(),
    eventName: o.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId: o.principal ?? 'local' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': o.requestId ?? 'local', 'x-amz-id-2': o.hostId ?? 'local' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: o.configurationId ?? 'factcheck-local',
      bucket: { name: o.bucket, ownerIdentity: { principalId: o.principal ?? 'local' }, arn: `arn:aws:s3:::${o.bucket}` },
      object: {
        key: encodeEventKey(o.key),
        ...(o.size !== undefined ? { size: o.size } : {}),
        ...(o.eTag ? { eTag: o.eTag.replace(/"/g, '') } : {}),
        ...(o.versionId ? { versionId: o.versionId } : {}),
        ...(o.sequencer ? { sequencer: o.sequencer } : {}),
      },
    },
  };
}

export interface SqsRecordOptions {
  messageId: string;
  body: string;
  /** The queue's name, for the record's ARN. */
  queue?: string;
  receiptHandle?: string;
  receiveCount?: number;
  sentAt?: number;
  firstReceivedAt?: number;
  senderId?: string;
}

/** An SQS record as Lambda's event source mapping hands it to a handler. */
export function sqsRecord(o: SqsRecordOptions): SQSRecord {
  const sent = String(o.sentAt ?? 0);
  return {
    messageId: o.messageId,
    receiptHandle: o.receiptHandle ?? `r-${o.messageId}`,
    body: o.body,
    attributes: {
      ApproximateReceiveCount: String(o.receiveCount ?? 1),
      SentTimestamp: sent,
      SenderId: o.senderId ?? 'S3',
      ApproximateFirstReceiveTimestamp: String(o.firstReceivedAt ?? o.sentAt ?? 0),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${o.queue ?? 'factcheck-articles'}`,
    awsRegion: 'us-east-1',
  };
}
