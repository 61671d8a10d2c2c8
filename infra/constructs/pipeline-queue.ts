import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { positiveInteger } from '../validate.ts';

export interface PipelineQueueProps {
  /** Physical queue name; the dead-letter queue gets `-dlq` appended. @default generated */
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

/**
 * A stage's work queue: encrypted, TLS only, with an encrypted dead-letter queue and an alarm
 * that fires as soon as anything lands in it.
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

  constructor(scope: Construct, id: string, props: PipelineQueueProps) {
    super(scope, id);
    this.maxReceiveCount = positiveInteger('maxReceiveCount', props.maxReceiveCount ?? 5, 1000);
    const timeout = props.consumerTimeout.toSeconds();
    positiveInteger('consumerTimeout (seconds)', timeout, 900);
    this.maxBatchingWindow = props.maxBatchingWindow;
    const window = props.maxBatchingWindow?.toSeconds() ?? 0;
    // SQS caps the visibility timeout at 12 hours; a Lambda timeout of at most 15 min fits.
    this.visibilityTimeout = Duration.seconds(6 * timeout + window);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      ...(props.queueName ? { queueName: `${props.queueName}-dlq` } : {}),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to look at a failure and redrive it.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      ...(props.queueName ? { queueName: props.queueName } : {}),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: this.visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: this.maxReceiveCount },
    });

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
