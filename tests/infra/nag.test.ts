import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations, type Acknowledgment } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../infra/factcheck-app.ts';
import { cdkContext } from './synth.ts';

// The app exactly as `cdk synth` builds it, bundling included: the one full synthesis here.
const outdir = mkdtempSync(join(tmpdir(), 'factcheck-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
const { app, stack } = createApp({ context: cdkContext, outdir });

describe('cdk-nag AWS Solutions checks', () => {
  it('the app synthesizes: no unacknowledged finding stops it', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('report no finding, error or warning', () => {
    expect(new AwsSolutionsChecks(app).validateScope(app).violations).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
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
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const a of acknowledged) {
      expect(a.id).toMatch(/^AwsSolutions-[A-Z]+\d+/);
      expect(a.reason.length).toBeGreaterThan(30);
      if (a.id.startsWith('AwsSolutions-IAM')) expect(a.id).toMatch(/\[.+\]$/);
      expect(findings).toContain(a.id);
    }
    // ...and, the other way round, every finding is acknowledged.
    for (const f of findings) expect(acknowledged.map((a) => a.id)).toContain(f);
  });
});

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
    }
  });

  it('fit the budget of 1 MB each, the AWS SDK included (docs/adr/0005-bundle-budget.md)', () => {
    const sizes = readdirSync(outdir)
      .filter((d) => d.startsWith('asset.') && existsSync(join(outdir, d, 'index.mjs')))
      .map((d) => statSync(join(outdir, d, 'index.mjs')).size);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(1024 * 1024);
  });
});
