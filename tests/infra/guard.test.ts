import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { Duration } from 'aws-cdk-lib';
import { Alarm, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, describe, expect, it } from 'vitest';
import { controlTowerRules, resourceTypesOf, rulesFor } from '../../infra/control-tower.ts';
import { createApp } from '../../infra/factcheck-app.ts';
import { GUARD_ACKNOWLEDGEMENTS, GUARD_PLUGIN } from '../../infra/guard-acknowledgements.ts';
import { cdkContext } from './synth.ts';

// AWS Control Tower's proactive controls (cfn-guard, @cdklabs/cdk-validator-cfnguard) at synth.
// Each synthesis here runs cdk-nag and the controls as `cdk synth` does; the handlers are not
// bundled (the template is the same but for the assets' hashes; nag.test.ts bundles them).

interface Violation {
  ruleName: string;
  description: string;
  violatingConstructs: { constructPath: string; cloudFormationResource: { logicalId: string } }[];
  acknowledgedAt?: string;
  reason?: string;
}
interface PluginReport {
  pluginName: string;
  conclusion: string;
  violations: Violation[];
  suppressedViolations?: Violation[];
}

const outdirs: string[] = [];
afterAll(() => {
  for (const d of outdirs) rmSync(d, { recursive: true, force: true });
});

/** Synthesizes the app with these settings (and whatever `extend` adds), as `cdk synth -c ...` would. */
function synth(context: Record<string, unknown> = {}, extend: (s: ReturnType<typeof createApp>['stack']) => void = () => {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'factcheck-guard-'));
  outdirs.push(outdir);
  const { app, stack } = createApp({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...context }, outdir });
  extend(stack);
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  const report = (JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as { pluginReports: PluginReport[] }).pluginReports.find(
    (r) => r.pluginName === GUARD_PLUGIN,
  )!;
  return { stack, error, report, template: join(outdir, `${stack.artifactId}.template.json`) };
}

/** `rule at construct path` for each resource of each violation. */
const findings = (violations: Violation[] = []) =>
  violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} at ${c.constructPath}`)).sort();

describe('Control Tower proactive controls, default settings', () => {
  const { stack, error, report, template } = synth();

  it('the app synthesizes: no unacknowledged finding', () => {
    expect(error).toBeUndefined();
    expect(report.conclusion).toBe('success');
    expect(report.violations).toEqual([]);
  });

  it('every acknowledgement in infra/guard-acknowledgements.ts answers findings on exactly the constructs it names, with its reason', () => {
    const suppressed = report.suppressedViolations ?? [];
    const expected: string[] = [];
    for (const a of GUARD_ACKNOWLEDGEMENTS) {
      expect(a.rule).toMatch(/^[a-z0-9_]+$/);
      expect(a.control).toMatch(/^CT\.[A-Z0-9]+\.PR\.\d+$/);
      expect(a.reason.length).toBeGreaterThan(60);
      const covered = a.covers(stack);
      for (const c of covered) {
        const answered = suppressed.filter((v) => v.ruleName === a.rule && v.acknowledgedAt === c.node.path);
        expect(answered, `${a.rule} on ${c.node.path} answers no finding`).not.toHaveLength(0);
        for (const v of answered) {
          expect(v.reason).toBe(`[${a.control}] ${a.reason}`);
          expect(v.description).toContain(`[${a.control}]`);
          expected.push(...v.violatingConstructs.map((x) => `${v.ruleName} at ${x.constructPath}`));
        }
      }
    }
    // Nothing is acknowledged anywhere else.
    expect(findings(suppressed)).toEqual(expected.sort());
  });

  it('acknowledges what the defaults leave open, and nothing on the queues, the key or the roles', () => {
    const rules = [...new Set((report.suppressedViolations ?? []).map((v) => v.ruleName))].sort();
    expect(rules).toEqual([
      'cloudwatch_alarm_action_check',
      'cloudwatch_log_group_encrypted_check',
      'cloudwatch_log_group_retention_period_check',
      'dynamodb_table_encrypted_kms_check',
      'lambda_inside_vpc_check',
      's3_bucket_default_encryption_kms_check',
      's3_bucket_logging_enabled_check',
      's3_bucket_object_lock_enabled_check',
      's3_event_notifications_enabled_check',
    ]);
  });

  it('runs the rules that name a resource type of the template, which find what all 237 rules find', () => {
    expect(controlTowerRules()).toHaveLength(237);
    const selected = rulesFor(resourceTypesOf([template]));
    expect(selected.length).toBeLessThan(60);
    const key = (r: { violations: { ruleName: string; violatingResources: { resourceLogicalId?: string }[] }[] }) =>
      r.violations.flatMap((v) => v.violatingResources.map((x) => `${v.ruleName} ${x.resourceLogicalId}`)).sort();
    const context = { templatePaths: [template], stackTemplates: [], appConstruct: stack.node.root };
    const all = new CfnGuardValidator().validate(context);
    const some = new CfnGuardValidator({ controlTowerRulesEnabled: false, rules: selected }).validate(context);
    expect(key(some)).toEqual(key(all));
    expect(key(all)).toHaveLength(findings(report.suppressedViolations).length);
  });
});

describe('Control Tower proactive controls, with the settings that meet them', () => {
  const { error, report } = synth({
    alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:ops-alarms',
    customerManagedKeys: 'true',
    logRetentionDays: 365,
  });

  it('the app synthesizes; alarm actions, log retention and KMS encryption pass without acknowledgement', () => {
    expect(error).toBeUndefined();
    expect(report.violations).toEqual([]);
    const rules = new Set((report.suppressedViolations ?? []).map((v) => v.ruleName));
    for (const r of ['cloudwatch_alarm_action_check', 'cloudwatch_log_group_retention_period_check', 'cloudwatch_log_group_encrypted_check', 'dynamodb_table_encrypted_kms_check']) {
      expect(rules.has(r)).toBe(false);
    }
    // Only the log bucket still uses SSE-S3: S3 delivers access logs to nothing else.
    expect(findings(report.suppressedViolations).filter((f) => f.startsWith('s3_bucket_default_encryption_kms_check'))).toEqual([
      's3_bucket_default_encryption_kms_check at factcheck/Articles/AccessLogs/Resource',
    ]);
  });
});

describe('a new finding fails the synth', () => {
  const { error, report } = synth({}, (stack) => {
    // Of kinds already acknowledged elsewhere in the stack: the acknowledgements do not reach them.
    new LogGroup(stack, 'AnotherLogGroup', { retention: RetentionDays.ONE_WEEK });
    new Alarm(stack, 'AnotherAlarm', { metric: new Metric({ namespace: 'Factcheck', metricName: 'Reports', period: Duration.minutes(5) }), threshold: 1, evaluationPeriods: 1 });
  });

  it('names the rule and the resource', () => {
    // The acknowledgements elsewhere in the stack once made the CDK count these as passing
    // (infra/control-tower.ts, severity): the synth went through.
    expect(error).toBeInstanceOf(Error);
    expect(report.conclusion).toBe('failure');
    expect(findings(report.violations)).toEqual([
      'cloudwatch_alarm_action_check at factcheck/AnotherAlarm/Resource',
      'cloudwatch_log_group_encrypted_check at factcheck/AnotherLogGroup/Resource',
      'cloudwatch_log_group_retention_period_check at factcheck/AnotherLogGroup/Resource',
    ]);
  });
});
