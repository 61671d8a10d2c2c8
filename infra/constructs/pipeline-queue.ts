import { Arn, Duration, Names, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { AccountPrincipal, AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Queue, QueueEncryption, RedrivePermission } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { positiveInteger } from '../validate.ts';

export interface PipelineQueueProps {
  /** Physical queue name; the dead-letter queue gets `-dlq` appended. @default generated from the construct path */
  readonly queueName?: string;
  /** The consumer's function timeout: the visibility timeout is six times it plus the batching window. */
  readonly consumerTimeout: Duration;
  /** The consumer's maximum batching window, added to the visibility timeout. @default none */
  readonly maxBatchingWindow?: Duration;
  /** Receives before a message moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** What the dead-letter alarm does when it fires and when it clears. @default nothing */
  readonly alarmActions?: IAlarmAction[];
}

/** How long a message is kept in the work queue. */
const RETENTION = Duration.days(4);

/** The SQS actions the account owner's principals are allowed, as aws-solutions-constructs' queue helper lists them. */
export const OWNER_ACTIONS = [
  'sqs:DeleteMessage',
  'sqs:ReceiveMessage',
  'sqs:SendMessage',
  'sqs:GetQueueAttributes',
  'sqs:RemovePermission',
  'sqs:AddPermission',
  'sqs:SetQueueAttributes',
];

/**
 * A stage's work queue: encrypted, TLS only, owner only, with an encrypted dead-letter queue
 * that only this queue may dead-letter into, and an alarm that fires as soon as anything lands
 * in it.
 */
export class PipelineQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly alarm: Alarm;
  /** Six times the consumer's timeout (plus its batching window), as Lambda advises for SQS sources. */
  readonly visibilityTimeout: Duration;
  readonly maxReceiveCount: number;
  /** The consumer's batching window, if any (the event source takes it from here). */
  readonly maxBatchingWindow: Duration | undefined;
  /**
   * The longest a message that keeps failing stays in the queue before it is dead-lettered
   * (every receive waits out the visibility timeout), at most half the retention period. A
   * message older than this is not being retried: the consumer is not keeping up, or not
   * running. The queue-age alarm fires past it.
   */
  readonly oldestMessageAgeLimit: Duration;

  constructor(scope: Construct, id: string, props: PipelineQueueProps) {
    super(scope, id);
    this.maxReceiveCount = positiveInteger('maxReceiveCount', props.maxReceiveCount ?? 5, 1000);
    const timeout = props.consumerTimeout.toSeconds();
    positiveInteger('consumerTimeout (seconds)', timeout, 900);
    this.maxBatchingWindow = props.maxBatchingWindow;
    const window = props.maxBatchingWindow?.toSeconds() ?? 0;
    // SQS caps the visibility timeout at 12 hours; a Lambda timeout of at most 15 min fits.
    this.visibilityTimeout = Duration.seconds(6 * timeout + window);
    this.oldestMessageAgeLimit = Duration.seconds(
      Math.min(this.maxReceiveCount * this.visibilityTimeout.toSeconds(), RETENTION.toSeconds() / 2),
    );

    // The work queue's ARN from its name, so that the dead-letter queue can name its only
    // source without a reference cycle (the work queue already refers to the dead-letter queue).
    const queueName = props.queueName ?? Names.uniqueResourceName(this, { maxLength: 75 });
    const queueArn = Arn.format({ service: 'sqs', resource: queueName }, Stack.of(this));

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      queueName: `${queueName}-dlq`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to look at a failure and redrive it.
      retentionPeriod: Duration.days(14),
      redriveAllowPolicy: {
        redrivePermission: RedrivePermission.BY_QUEUE,
        sourceQueues: [Queue.fromQueueAttributes(this, 'Source', { queueArn, queueName })],
      },
    });
    this.queue = new Queue(this, 'Queue', {
      queueName,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: this.visibilityTimeout,
      retentionPeriod: RETENTION,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: this.maxReceiveCount },
    });
    for (const q of [this.queue, this.deadLetterQueue]) ownerOnly(q);

    this.alarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription: `Messages in ${id}'s dead-letter queue: uploads that failed ${this.maxReceiveCount} times. See docs/deploy.md (redrive).`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const action of props.alarmActions ?? []) {
      this.alarm.addAlarmAction(action);
      this.alarm.addOkAction(action);
    }
  }
}

/**
 * The queue's policy, beside the TLS-only statement that `enforceSSL` writes: the account's
 * own principals are allowed the queue actions (the statement aws-solutions-constructs' queue
 * helper adds), and every principal outside the account is denied all of them, whatever a
 * later statement allows. AWS services are not principals of an account, so S3 can still send
 * its notifications, as the statement the bucket notification adds allows.
 */
function ownerOnly(queue: Queue): void {
  const account = Stack.of(queue).account;
  queue.addToResourcePolicy(
    new PolicyStatement({
      sid: 'QueueOwnerOnlyAccess',
      effect: Effect.ALLOW,
      principals: [new AccountPrincipal(account)],
      actions: OWNER_ACTIONS,
      resources: [queue.queueArn],
    }),
  );
  queue.addToResourcePolicy(
    new PolicyStatement({
      sid: 'DenyOutsideAccount',
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['sqs:*'],
      resources: [queue.queueArn],
      conditions: {
        StringNotEquals: { 'aws:PrincipalAccount': account },
        Bool: { 'aws:PrincipalIsAWSService': 'false' },
      },
    }),
  );
}
