import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IAlarmAction, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import type { PipelineFunction } from './pipeline-function.ts';
import type { PipelineQueue } from './pipeline-queue.ts';

/** One stage of the pipeline as the alarms see it: its function and the queue it consumes. */
export interface PipelineStage {
  /** `split` or `check`: names the alarms. */
  readonly name: string;
  readonly fn: PipelineFunction;
  readonly queue: PipelineQueue;
}

export interface PipelineAlarmsProps {
  readonly stages: PipelineStage[];
  /** What every alarm does when it fires and when it clears. @default nothing: the alarms show in the console */
  readonly actions?: IAlarmAction[];
}

/** Duration alarms fire at this share of the function's timeout: the last warning before a timeout. */
export const DURATION_ALARM_SHARE = 0.8;

/** The alarms of one stage, by what they watch. */
export interface StageAlarms {
  readonly errors: Alarm;
  readonly throttles: Alarm;
  readonly duration: Alarm;
  readonly queueAge: Alarm;
  readonly deadLetters: Alarm;
  readonly rejections: Alarm;
  readonly unreadableEvents: Alarm;
}

/**
 * The pipeline's alarms, as the serverless lens asks of a queue-driven function, per stage:
 *
 * - Errors > 0 in a minute: an invocation crashed, timed out or ran out of memory. A record that
 *   fails on its own is reported as a batch item failure and is not an error; a whole
 *   invocation that fails sends its batch back.
 * - Throttles > 0 in 5 minutes: Lambda refused invocations (the account's concurrency).
 * - Duration p99 over 80% of the timeout in 5 minutes: the stage is close to timing out.
 * - ApproximateAgeOfOldestMessage over the queue's `oldestMessageAgeLimit`: a message has waited
 *   longer than retries alone explain, so the stage is not keeping up or not running.
 * - Dead-letter messages visible > 0 (the queue's own alarm, PipelineQueue).
 * - Rejections > 0 in 5 minutes: an upload got an error report instead of a verdict report.
 * - UnreadableEvents > 0 in 5 minutes: a message that is not an S3 notification was consumed
 *   and dropped.
 *
 * The last two are the handlers' Powertools metrics (functions/lib/stage-handler.ts), in the
 * `Factcheck` namespace with the stage's service name as their one dimension; they are sent only
 * when they happen, so a missing datum is not breaching.
 */
export class PipelineAlarms extends Construct {
  readonly byStage: Record<string, StageAlarms> = {};
  /** Every alarm of the pipeline, the dead-letter alarms included, in a stable order. */
  readonly all: Alarm[] = [];

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    const actions = props.actions ?? [];

    for (const { name, fn, queue } of props.stages) {
      const alarm = (alarmId: string, description: string, metric: IMetric, threshold: number) => {
        const a = new Alarm(this, `${capitalise(name)}${alarmId}`, {
          alarmDescription: `${name} stage: ${description}. See RELIABILITY.md (operations).`,
          metric,
          threshold,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          // Lambda and the handlers send nothing while no article arrives: quiet is not a failure.
          treatMissingData: TreatMissingData.NOT_BREACHING,
        });
        for (const action of actions) {
          a.addAlarmAction(action);
          a.addOkAction(action);
        }
        return a;
      };
      const timeoutMs = fn.timeoutDuration.toMilliseconds();
      const durationThreshold = Math.round(DURATION_ALARM_SHARE * timeoutMs);
      const ageLimit = queue.oldestMessageAgeLimit.toSeconds();
      const stageAlarms: StageAlarms = {
        errors: alarm('Errors', 'invocations failed (a crash, a timeout or memory exhausted)', fn.metricErrors({ period: Duration.minutes(1), statistic: 'Sum' }), 0),
        throttles: alarm('Throttles', 'invocations throttled', fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }), 0),
        duration: alarm(
          'Duration',
          `p99 duration over ${durationThreshold} ms, ${DURATION_ALARM_SHARE * 100}% of the ${timeoutMs / 1000} s timeout`,
          fn.metricDuration({ period: Duration.minutes(5), statistic: 'p99' }),
          durationThreshold,
        ),
        queueAge: alarm(
          'QueueAge',
          `a message has waited over ${ageLimit} s in the queue, longer than ${queue.maxReceiveCount} receives take: the stage is not keeping up`,
          queue.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
          ageLimit,
        ),
        deadLetters: queue.alarm,
        rejections: alarm('Rejections', 'uploads got an error report instead of a verdict report (errors/)', fn.metricHandler('Rejections'), 0),
        unreadableEvents: alarm('UnreadableEvents', 'messages that are not S3 notifications were consumed and dropped', fn.metricHandler('UnreadableEvents'), 0),
      };
      this.byStage[name] = stageAlarms;
      this.all.push(...Object.values(stageAlarms));
    }
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
