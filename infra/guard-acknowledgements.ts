import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { FactcheckStack } from './factcheck-stack.ts';

/**
 * The AWS Control Tower proactive controls that the stack does not meet, each with its reason:
 * the one reviewed place for them. `cdk synth` runs the controls (cfn-guard, through
 * @cdklabs/cdk-validator-cfnguard, infra/factcheck-app.ts) beside cdk-nag and fails on any
 * finding not acknowledged here.
 *
 * Each acknowledgement names the constructs it covers, not the stack: a new bucket, log group,
 * alarm or function that breaks the same control is a new finding. Where a stack setting meets
 * the control (`alarmTopicArn`, `logRetentionDays` of a year or more, `customerManagedKeys`),
 * the acknowledgement covers nothing once it is set, and the control passes on its own.
 * tests/infra/guard.test.ts holds every entry to a finding that exists.
 */

/** The validation plugin's name: the namespace of its rule ids. */
export const GUARD_PLUGIN = 'cdk-validator-cfnguard';

export interface GuardAcknowledgement {
  /** The Control Tower control, as its report names it. */
  readonly control: string;
  /** The cfn-guard rule that checks it: the id acknowledged. */
  readonly rule: string;
  readonly reason: string;
  /** The constructs it covers in `stack`; none where the stack's settings meet the control. */
  readonly covers: (stack: FactcheckStack) => IConstruct[];
}

const logGroups = (s: FactcheckStack) => [s.split.functionLogGroup, s.check.functionLogGroup];
const tables = (s: FactcheckStack) => [s.referenceTable.table, s.idempotencyTable.table];

export const GUARD_ACKNOWLEDGEMENTS: readonly GuardAcknowledgement[] = [
  {
    control: 'CT.CLOUDWATCH.PR.1',
    rule: 'cloudwatch_alarm_action_check',
    reason:
      'No alarmTopicArn was given, so the alarms show in the CloudWatch console and on the dashboard but notify nobody. Deployed with -c alarmTopicArn=<SNS topic ARN>, every alarm notifies that topic and the control passes.',
    covers: (s) => (s.settings.alarmTopicArn ? [] : s.alarms.all),
  },
  {
    control: 'CT.CLOUDWATCH.PR.2',
    rule: 'cloudwatch_log_group_retention_period_check',
    reason:
      "The functions' logs are operational, kept logRetentionDays (default 30) to bound their cost; what each article came to stays in its report or error report in the bucket. -c logRetentionDays=365 (or more) meets the control.",
    covers: (s) => (s.settings.logRetentionDays >= 365 ? [] : logGroups(s)),
  },
  {
    control: 'CT.CLOUDWATCH.PR.3',
    rule: 'cloudwatch_log_group_encrypted_check',
    reason:
      'CloudWatch Logs encrypts every log group at rest with keys of its own. -c customerManagedKeys=true encrypts them with the stack\'s customer-managed KMS key and meets the control.',
    covers: (s) => (s.settings.customerManagedKeys ? [] : logGroups(s)),
  },
  {
    control: 'CT.DYNAMODB.PR.2',
    rule: 'dynamodb_table_encrypted_kms_check',
    reason:
      "Both tables are encrypted at rest with DynamoDB's AWS-owned key, at no cost. -c customerManagedKeys=true encrypts them with the stack's customer-managed KMS key and meets the control.",
    covers: (s) => (s.settings.customerManagedKeys ? [] : tables(s)),
  },
  {
    control: 'CT.S3.PR.10',
    rule: 's3_bucket_default_encryption_kms_check',
    reason:
      "The article bucket is encrypted with SSE-S3 (AES-256). -c customerManagedKeys=true encrypts it with the stack's customer-managed KMS key (SSE-KMS, with an S3 Bucket Key) and meets the control.",
    covers: (s) => (s.settings.customerManagedKeys ? [] : [s.articles.bucket]),
  },
  {
    control: 'CT.S3.PR.10',
    rule: 's3_bucket_default_encryption_kms_check',
    reason: 'S3 delivers server access logs only to a bucket whose default encryption is SSE-S3; SSE-KMS is not supported for a log destination.',
    covers: (s) => [s.articles.logBucket],
  },
  {
    control: 'CT.S3.PR.2',
    rule: 's3_bucket_logging_enabled_check',
    reason:
      "This is the access-log bucket, the destination of the article bucket's logs. Logging it into itself would log its own log deliveries; into another bucket would only raise the same question there.",
    covers: (s) => [s.articles.logBucket],
  },
  {
    control: 'CT.S3.PR.4',
    rule: 's3_event_notifications_enabled_check',
    reason:
      "The bucket does notify: articles/ and claims/ go to their queues, but the CDK sets them at deploy time through its Custom::S3BucketNotifications resource, not in the bucket's NotificationConfiguration property, which is all the control reads. tests/infra/stack.test.ts asserts the notifications.",
    covers: (s) => [s.articles.bucket],
  },
  {
    control: 'CT.S3.PR.4',
    rule: 's3_event_notifications_enabled_check',
    reason: 'Nothing processes access logs as they arrive: they are read when something is investigated.',
    covers: (s) => [s.articles.logBucket],
  },
  {
    control: 'CT.S3.PR.9',
    rule: 's3_bucket_object_lock_enabled_check',
    reason:
      'The pipeline replaces a report with a new version when its article is uploaded again, and lifecycle rules expire claims documents and noncurrent versions; Object Lock retention would forbid both. Versioning, with noncurrentVersionExpirationDays (default 30) of old versions kept, recovers an object overwritten or deleted by mistake.',
    covers: (s) => [s.articles.bucket],
  },
  {
    control: 'CT.S3.PR.9',
    rule: 's3_bucket_object_lock_enabled_check',
    reason:
      'Access logs expire after accessLogExpirationDays by lifecycle, which a retention period would block; versioning keeps a deleted or overwritten log for 7 days.',
    covers: (s) => [s.articles.logBucket],
  },
  {
    control: 'CT.LAMBDA.PR.3',
    rule: 'lambda_inside_vpc_check',
    reason:
      'The stages call AWS APIs only (S3, DynamoDB, SQS, X-Ray, CloudWatch), over TLS and signed with their roles, and reach no private network. In a VPC they would need a NAT gateway or an interface endpoint per service, a fixed monthly cost many times the pipeline\'s, for no isolation the roles and resource policies do not already give.',
    covers: (s) => [s.split, s.check],
  },
  {
    control: 'CT.LAMBDA.PR.3',
    rule: 'lambda_inside_vpc_check',
    reason: "The CDK's own handler that sets the bucket's notifications at deploy time; it calls the S3 API only, and its function is not ours to shape.",
    covers: (s) => [notificationsHandler(s)],
  },
];

/** Records every acknowledgement that applies to `stack` on the constructs it covers. */
export function acknowledgeGuardFindings(stack: FactcheckStack): void {
  for (const a of GUARD_ACKNOWLEDGEMENTS) {
    for (const construct of a.covers(stack)) {
      Validations.of(construct).acknowledge({ id: `${GUARD_PLUGIN}::${a.rule}`, reason: `[${a.control}] ${a.reason}` });
    }
  }
}

/** The function the CDK adds, once per stack, to configure bucket notifications. */
function notificationsHandler(stack: Stack): IConstruct {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
  if (!handler) throw new Error('no BucketNotificationsHandler in the stack: the bucket notifications are configured some other way now');
  return handler;
}
