import { Duration } from 'aws-cdk-lib';
import { AlarmStatusWidget, Dashboard, GraphWidget, Row, TextWidget, type Alarm, type HorizontalAnnotation } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { DURATION_ALARM_SHARE, type PipelineStage } from './pipeline-alarms.ts';

export interface PipelineDashboardProps {
  /** CloudWatch dashboard name (unique in the account and region). */
  readonly dashboardName: string;
  readonly stages: PipelineStage[];
  /** Shown at the top, fired ones first. */
  readonly alarms: Alarm[];
}

/** The handlers' outcome counts (functions/lib/stage-handler.ts), one graph per stage. */
const OUTCOMES = ['Articles', 'Reports', 'Rejections', 'Duplicates', 'DuplicatesInProgress', 'ObjectsGone', 'Superseded', 'UnreadableEvents'];
const VERDICTS = ['VerdictsSupported', 'VerdictsContradicted', 'VerdictsDisputed', 'VerdictsUnverifiable'];

/**
 * One CloudWatch dashboard for the pipeline: the alarms' states, then per stage its queue (depth,
 * oldest message, dead letters), its function (invocations, errors, throttles; duration against
 * the alarm line and the timeout) and what the handler did with each article (outcomes; the
 * check stage's verdicts).
 */
export class PipelineDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PipelineDashboardProps) {
    super(scope, id);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: '# Fact-check pipeline\nUploads under `articles/` → article queue → **split** → claims queue → **check** → `reports/`; error reports under `errors/`. What each alarm means and what to do: RELIABILITY.md (operations), docs/deploy.md (redrive).',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 24, height: 4 }));

    for (const { name, fn, queue } of props.stages) {
      const timeoutMs = fn.timeoutDuration.toMilliseconds();
      const minute = { period: Duration.minutes(1) };
      this.dashboard.addWidgets(
        new TextWidget({ markdown: `## ${name}`, width: 24, height: 1 }),
        new Row(
          new GraphWidget({
            title: `${name}: queue`,
            left: [
              queue.queue.metricApproximateNumberOfMessagesVisible({ ...minute, statistic: 'Maximum', label: 'waiting' }),
              queue.queue.metricApproximateNumberOfMessagesNotVisible({ ...minute, statistic: 'Maximum', label: 'in flight' }),
              queue.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ ...minute, statistic: 'Maximum', label: 'dead letters' }),
            ],
            right: [queue.queue.metricApproximateAgeOfOldestMessage({ ...minute, statistic: 'Maximum', label: 'oldest message (s)' })],
            rightAnnotations: [{ value: queue.oldestMessageAgeLimit.toSeconds(), label: 'alarm', color: '#d62728' }],
            width: 8,
          }),
          new GraphWidget({
            title: `${name}: invocations`,
            left: [
              fn.metricInvocations({ ...minute, statistic: 'Sum', label: 'invocations' }),
              fn.metricErrors({ ...minute, statistic: 'Sum', label: 'errors' }),
              fn.metricThrottles({ ...minute, statistic: 'Sum', label: 'throttles' }),
            ],
            width: 8,
          }),
          new GraphWidget({
            title: `${name}: duration (ms)`,
            left: ['p50', 'p99', 'Maximum'].map((statistic) => fn.metricDuration({ ...minute, statistic, label: statistic })),
            leftAnnotations: [
              { value: DURATION_ALARM_SHARE * timeoutMs, label: 'alarm', color: '#ff7f0e' } satisfies HorizontalAnnotation,
              { value: timeoutMs, label: 'timeout', color: '#d62728' } satisfies HorizontalAnnotation,
            ],
            width: 8,
          }),
        ),
        new Row(
          new GraphWidget({
            title: `${name}: outcomes per 5 minutes`,
            left: OUTCOMES.map((m) => fn.metricHandler(m, { label: m })),
            width: name === 'check' ? 12 : 24,
          }),
          ...(name === 'check'
            ? [new GraphWidget({ title: 'check: verdicts per 5 minutes', left: VERDICTS.map((m) => fn.metricHandler(m, { label: m.replace('Verdicts', '').toLowerCase() })), width: 12 })]
            : []),
        ),
      );
    }
  }
}
