import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations, type Acknowledgment } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../infra/factcheck-app.ts';
import { GUARD_PLUGIN } from '../../infra/guard-acknowledgements.ts';
import { buildStack, cdkContext } from './synth.ts';

// The app exactly as `cdk synth` builds it, bundling and both rule sets included: the one full
// synthesis here (tests/infra/guard.test.ts looks at the Control Tower side of it).
const outdir = mkdtempSync(join(tmpdir(), 'factcheck-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
const { app, stack } = createApp({ context: cdkContext, outdir });

describe('cdk-nag AWS Solutions checks', () => {
  it('the app synthesizes: no unacknowledged finding stops it', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('report no finding, error or warning', () => {
    expect(new AwsSolutionsChecks(app).validateScope(app).violations).toEqual([]);
    // The messages of the synthesis above (a second one would run both rule sets again).
    const messages = app.synth().getStackArtifact(stack.artifactId).messages;
    expect(messages.filter((m) => m.level !== 'info' && JSON.stringify(m.entry.data).includes('AwsSolutions-'))).toEqual([]);
  });

  it('every acknowledgement is specific, has a reason, and answers a finding that exists', () => {
    // Build the app again with acknowledgements recorded but not applied (no bundling needed).
    const acknowledged: Acknowledgment[] = [];
    const spy = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation((...rules) => void acknowledged.push(...rules));
    let findings: string[];
    try {
      const bare = createApp({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } });
      findings = new AwsSolutionsChecks(bare.app).validateScope(bare.app).violations.map((v) => v.ruleName);
    } finally {
      spy.mockRestore();
    }
    // Control Tower's acknowledgements are guard.test.ts's to check.
    const nag = acknowledged.filter((a) => !a.id.startsWith(`${GUARD_PLUGIN}::`));
    expect(nag.length).toBeGreaterThan(0);
    for (const a of nag) {
      expect(a.id).toMatch(/^AwsSolutions-[A-Z]+\d+/);
      expect(a.reason.length).toBeGreaterThan(30);
      if (a.id.startsWith('AwsSolutions-IAM')) expect(a.id).toMatch(/\[.+\]$/);
      expect(findings).toContain(a.id);
    }
    // ...and, the other way round, every finding is acknowledged.
    for (const f of findings) expect(nag.map((a) => a.id)).toContain(f);
  });
});

describe("the X-Ray acknowledgement (AwsSolutions-IAM5[Resource::*]) covers the tracing policy, not the role", () => {
  const iam5 = (violations: { ruleName: string; violatingResources: { constructPath?: string }[] }[]) =>
    violations.filter((v) => v.ruleName.startsWith('AwsSolutions-IAM5')).map((v) => ({ rule: v.ruleName, where: v.violatingResources.map((r) => r.constructPath) }));

  it('a Resource "*" given to a role for a table is a finding', () => {
    const bare = buildStack();
    bare.split.executionRole.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: ['*'] }));
    const violations = new AwsSolutionsChecks(bare.node.root).validateScope(bare.node.root).violations;
    expect(iam5(violations)).toEqual([{ rule: 'AwsSolutions-IAM5[Resource::*]', where: ['factcheck/SplitRole/DefaultPolicy/Resource'] }]);
  });

  it("so is a wildcard under a table's ARN (its indexes)", () => {
    const bare = buildStack();
    bare.check.executionRole.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${bare.referenceTable.table.tableArn}/index/*`] }));
    const rules = iam5(new AwsSolutionsChecks(bare.node.root).validateScope(bare.node.root).violations).map((v) => v.rule);
    expect(rules).toContain(`AwsSolutions-IAM5[Resource::<ReferenceTable3EBBCBC7.Arn>/index/*]`);
  });

  it('and it fails `cdk synth`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-cdk-'));
    try {
      const synthesized = createApp({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] }, outdir: dir });
      synthesized.stack.check.executionRole.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Scan'], resources: ['*'] }));
      expect(() => synthesized.app.synth()).toThrow();
      type Report = { pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[] };
      const report: Report = JSON.parse(readFileSync(join(dir, 'validation-report.json'), 'utf8'));
      const nag = report.pluginReports.find((r) => r.pluginName === 'AwsSolutions')!;
      expect(nag.violations.map((v) => ({ rule: v.ruleName, where: v.violatingConstructs.map((c) => c.constructPath) }))).toEqual([
        { rule: 'AwsSolutions-IAM5[Resource::*]', where: ['factcheck/CheckRole/DefaultPolicy/Resource'] },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** docs/adr/0005-bundle-budget.md and its amendments: the engine's grammar grows; a dependency would still fail it. */
const BUNDLE_BUDGET_BYTES = 1_120_000;

describe('the bundles', () => {
  it('are ES modules with the createRequire banner, one per stage', () => {
    const bundles = readdirSync(outdir)
      .filter((d) => d.startsWith('asset.'))
      .map((d) => join(outdir, d, 'index.mjs'))
      .filter((f) => {
        try {
          return readFileSync(f, 'utf8').length > 0;
        } catch {
          return false;
        }
      });
    expect(bundles).toHaveLength(2);
    for (const f of bundles) {
      expect(readFileSync(f, 'utf8').startsWith("import{createRequire}from'module';const require=createRequire(import.meta.url);")).toBe(true);
      expect(readdirSync(join(f, '..'))).toContain('index.mjs.map');
      // The shipped vocabulary beside the code, where the handler reads it (ADR 0005), whole.
      expect(readFileSync(join(f, '..', 'vocabulary.json'), 'utf8')).toBe(readFileSync('shared/vocabulary/vocabulary.json', 'utf8'));
    }
  });

  it('fit the budget of 1,120,000 bytes each, the AWS SDK included (docs/adr/0005-bundle-budget.md)', () => {
    const sizes = readdirSync(outdir)
      .filter((d) => d.startsWith('asset.') && existsSync(join(outdir, d, 'index.mjs')))
      .map((d) => statSync(join(outdir, d, 'index.mjs')).size);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });
});
