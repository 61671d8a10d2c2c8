import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { keyPrefix, positiveInteger } from '../validate.ts';

export interface ArticleBucketProps {
  /** Days a replaced or deleted object version is kept before it expires. @default 30 */
  readonly noncurrentVersionExpirationDays?: number;
  /** Days a claims document under `claims/` is kept; reports and errors are kept. @default 30 */
  readonly claimsExpirationDays?: number;
  /** Days a server access log is kept in the log bucket. @default 90 */
  readonly accessLogExpirationDays?: number;
  /**
   * A customer-managed key for the article bucket (SSE-KMS, with an S3 Bucket Key so that S3
   * asks KMS for a data key per bucket and period, not per object). The log bucket keeps SSE-S3:
   * S3 delivers server access logs only to buckets encrypted so. @default SSE-S3
   */
  readonly encryptionKey?: IKey;
}

/**
 * The pipeline's one bucket: uploads under `articles/`, the stages' outputs under `claims/`,
 * `reports/` and `errors/`. Encrypted, versioned, private, TLS only, access-logged to a
 * separate (versioned) bucket. Both buckets are always retained: they hold the user's articles and reports.
 */
export class ArticleBucket extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: ArticleBucketProps = {}) {
    super(scope, id);
    const noncurrentDays = positiveInteger('noncurrentVersionExpirationDays', props.noncurrentVersionExpirationDays ?? 30);
    const claimsDays = positiveInteger('claimsExpirationDays', props.claimsExpirationDays ?? 30);
    const accessLogDays = positiveInteger('accessLogExpirationDays', props.accessLogExpirationDays ?? 90);

    this.logBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Versioned, so that a log deleted or overwritten by mistake can be recovered for a week;
      // the lifecycle clears the delete markers that expiry leaves behind.
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: 'expire-access-logs', expiration: Duration.days(accessLogDays), noncurrentVersionExpiration: Duration.days(7) },
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...(props.encryptionKey
        ? { encryption: BucketEncryption.KMS, encryptionKey: props.encryptionKey, bucketKeyEnabled: true }
        : { encryption: BucketEncryption.S3_MANAGED }),
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: 'expire-noncurrent-versions', noncurrentVersionExpiration: Duration.days(noncurrentDays) },
        // Claims documents are an intermediate: the report under reports/ holds what they said.
        { id: 'expire-claims', prefix: 'claims/', expiration: Duration.days(claimsDays) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });
  }

  /**
   * Sends every object created under `prefix` to `queue`.
   *
   * No output may trigger processing: the split stage writes only under claims/ (watched
   * only by the check stage) and errors/, the check stage only under reports/ and errors/,
   * and nothing watches reports/ or errors/. Only articles/ and claims/ are ever watched.
   */
  notifyOnCreate(prefix: 'articles/' | 'claims/', queue: IQueue): void {
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue), { prefix: keyPrefix(prefix) });
    acknowledgeNotificationsHandler(Stack.of(this));
  }
}

const acknowledged = new WeakSet<object>();

/**
 * S3 notifications are configured by a custom resource whose handler (one per stack, written
 * by the CDK) runs with the managed basic execution role; acknowledged once, on that role.
 */
function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
  const role = handler?.node.tryFindChild('Role');
  if (!role || acknowledged.has(role)) return;
  acknowledged.add(role);
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'The CDK-provided handler that sets the bucket notifications at deploy time writes only its own logs with it; its role is not ours to shape.',
  });
}

