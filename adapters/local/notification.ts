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
