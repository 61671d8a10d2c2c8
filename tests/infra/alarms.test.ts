import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logicalId, synthStack } from './synth.ts';

// Two syntheses: without an alarm topic (the default) and with one.
const topic = 'arn:aws:sns:eu-west-1:123456789012:factcheck-alarms';
const plain = synthStack();
const notifying = synthStack({ alarmTopicArn: topic });

type Alarm = { Properties: Record<string, unknown> };
const alarmsOf = (t: typeof plain.template) => t.findResources('AWS::CloudWatch::Alarm') as Record<string, Alarm>;

/** The alarm with this construct id, by its logical id in the template. */
function alarm(which: typeof plain, pick: (s: typeof plain.stack) => Parameters<typeof logicalId>[0]): Alarm {
  return alarmsOf(which.template)[logicalId(pick(which.stack))]!;
}

describe('alarms per the serverless lens, for each stage', () => {
  const { stack } = plain;
  const stages = [
    { name: 'split', fn: stack.split, queue: stack.articleQueue, service: 'factcheck-split' },
    { name: 'check', fn: stack.check, queue: stack.claimsQueue, service: 'factcheck-check' },
  ] as const;
  const fnDimension = (fn: (typeof stages)[number]['fn']) => [{ Name: 'FunctionName', Value: { Ref: logicalId(fn) } }];

  it('are fourteen: seven per stage', () => {
    plain.template.resourceCountIs('AWS::CloudWatch::Alarm', 14);
    expect(stack.alarms.all).toHaveLength(14);
    for (const { name } of stages) expect(Object.keys(stack.alarms.byStage[name]!).sort()).toEqual(['deadLetters', 'duration', 'errors', 'queueAge', 'rejections', 'throttles', 'unreadableEvents']);
  });

  it.each(stages)('$name: Errors, any in a minute', ({ name, fn }) => {
    expect(alarm(plain, (s) => s.alarms.byStage[name]!.errors).Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: fnDimension(fn),
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      TreatMissingData: 'notBreaching',
    });
  });

  it.each(stages)('$name: Throttles, any in 5 minutes', ({ name, fn }) => {
    expect(alarm(plain, (s) => s.alarms.byStage[name]!.throttles).Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
      Dimensions: fnDimension(fn),
      Statistic: 'Sum',
      Period: 300,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
  });

  it.each(stages)('$name: Duration p99 over 80% of the 30 s timeout (24,000 ms)', ({ name, fn }) => {
    expect(alarm(plain, (s) => s.alarms.byStage[name]!.duration).Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Duration',
      Dimensions: fnDimension(fn),
      ExtendedStatistic: 'p99',
      Period: 300,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 24_000,
    });
    expect(fn.timeoutDuration.toMilliseconds() * 0.8).toBe(24_000);
  });

  it.each(stages)("$name: the queue's oldest message older than its receives take (5 × 185 s)", ({ name, queue }) => {
    expect(queue.oldestMessageAgeLimit.toSeconds()).toBe(5 * 185);
    expect(alarm(plain, (s) => s.alarms.byStage[name]!.queueAge).Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue.queue), 'QueueName'] } }],
      Statistic: 'Maximum',
      Period: 300,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 925,
    });
  });

  it.each(stages)('$name: dead-letter messages visible, any', ({ name, queue }) => {
    expect(stack.alarms.byStage[name]!.deadLetters).toBe(queue.alarm);
    expect(alarm(plain, (s) => s.alarms.byStage[name]!.deadLetters).Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue.deadLetterQueue), 'QueueName'] } }],
      Statistic: 'Maximum',
      Period: 60,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
  });

  it.each(stages)("$name: the handler's Rejections and UnreadableEvents (Powertools metrics, service dimension), any in 5 minutes", ({ name, service }) => {
    for (const [which, metric] of [
      ['rejections', 'Rejections'],
      ['unreadableEvents', 'UnreadableEvents'],
    ] as const) {
      expect(alarm(plain, (s) => s.alarms.byStage[name]![which]).Properties).toMatchObject({
        Namespace: 'Factcheck',
        MetricName: metric,
        Dimensions: [{ Name: 'service', Value: service }],
        Statistic: 'Sum',
        Period: 300,
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('watch metric names the handlers emit, in the namespace and with the service the functions are given', () => {
    // The names come from functions/lib/stage-handler.ts; the namespace and service from the environment.
    const handler = readFileSync('functions/lib/stage-handler.ts', 'utf8');
    for (const metric of ['Rejections', 'UnreadableEvents']) expect(handler).toContain(`metrics.addMetric('${metric}'`);
    for (const { fn, service } of stages) {
      const env = (plain.template.toJSON().Resources[logicalId(fn)].Properties.Environment as { Variables: Record<string, string> }).Variables;
      expect(env).toMatchObject({ POWERTOOLS_METRICS_NAMESPACE: 'Factcheck', POWERTOOLS_SERVICE_NAME: service });
    }
  });

  it('take no action without an alarm topic', () => {
    for (const a of Object.values(alarmsOf(plain.template))) {
      expect(a.Properties.AlarmActions).toBeUndefined();
      expect(a.Properties.OKActions).toBeUndefined();
    }
  });

  it('all notify the alarm topic when it is given, when they fire and when they clear', () => {
    const alarms = Object.values(alarmsOf(notifying.template));
    expect(alarms).toHaveLength(14);
    for (const a of alarms) {
      expect(a.Properties.AlarmActions).toEqual([topic]);
      expect(a.Properties.OKActions).toEqual([topic]);
      expect(a.Properties.ActionsEnabled ?? true).toBe(true);
    }
  });

  it('follow the settings: a higher maxReceiveCount raises the queue-age threshold, capped at half the retention', () => {
    const { stack: s, template } = synthStack({ maxReceiveCount: 10 });
    expect(alarm({ stack: s, template }, (x) => x.alarms.byStage.split!.queueAge).Properties.Threshold).toBe(1850);
    const { stack: capped, template: t2 } = synthStack({ maxReceiveCount: 1000 });
    expect(alarm({ stack: capped, template: t2 }, (x) => x.alarms.byStage.split!.queueAge).Properties.Threshold).toBe(2 * 24 * 3600);
  });
});

describe('the dashboard', () => {
  const dashboards = Object.values(plain.template.findResources('AWS::CloudWatch::Dashboard'));
  const body = () => JSON.stringify(plain.template.toJSON().Resources[logicalId(plain.stack.dashboard.dashboard)].Properties.DashboardBody);

  it('is one, named after the prefix', () => {
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]!.Properties.DashboardName).toBe('factcheck-pipeline');
  });

  it("shows every alarm's state and, per stage, the queue, the function and the handler's outcomes", () => {
    const text = body();
    expect(text).toContain('"type\\":\\"alarm\\"');
    for (const a of plain.stack.alarms.all) expect(text).toContain(logicalId(a));
    for (const metric of ['Invocations', 'Errors', 'Throttles', 'Duration', 'ApproximateAgeOfOldestMessage', 'ApproximateNumberOfMessagesVisible', 'Rejections', 'UnreadableEvents', 'Articles', 'Reports', 'VerdictsContradicted']) {
      expect(text).toContain(`\\"${metric}\\"`);
    }
    for (const service of ['factcheck-split', 'factcheck-check']) expect(text).toContain(service);
  });

  it('draws the duration alarm line and the timeout', () => {
    expect(body()).toMatch(/\\"value\\":24000,\\"label\\":\\"alarm\\"/);
    expect(body()).toMatch(/\\"value\\":30000,\\"label\\":\\"timeout\\"/);
  });
});
