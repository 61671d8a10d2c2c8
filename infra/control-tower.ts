import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { GUARD_PLUGIN } from './guard-acknowledgements.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json'));

/** The Control Tower rule files that @cdklabs/cdk-validator-cfnguard ships, and the version that ships them. */
export const CONTROL_TOWER_RULES_DIR = join(packageDir, 'rules', 'control-tower', 'cfn-guard');
export const CONTROL_TOWER_RULES_VERSION: string = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;

export interface RuleFile {
  readonly path: string;
  /** The CloudFormation resource types the rule selects (`Resources.*[ Type == ... ]`). */
  readonly types: readonly string[];
}

let cached: RuleFile[] | undefined;

/** Every Control Tower rule file, with the resource types it names. */
export function controlTowerRules(): RuleFile[] {
  cached ??= readdirSync(CONTROL_TOWER_RULES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.guard'))
    .sort()
    .map((f) => {
      const path = join(CONTROL_TOWER_RULES_DIR, f);
      const types = [...new Set([...readFileSync(path, 'utf8').matchAll(/["'](AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)["']/g)].map((m) => m[1]!))];
      return { path, types };
    });
  return cached;
}

/** The rule files that can apply to templates with these resource types: those naming one of them. */
export function rulesFor(resourceTypes: ReadonlySet<string>): string[] {
  return controlTowerRules()
    // A rule naming no type at all would apply to anything: it always runs.
    .filter((r) => r.types.length === 0 || r.types.some((t) => resourceTypes.has(t)))
    .map((r) => r.path);
}

/** The resource types of the templates being validated. */
export function resourceTypesOf(templatePaths: readonly string[]): Set<string> {
  const types = new Set<string>();
  for (const p of templatePaths) {
    const resources = (JSON.parse(readFileSync(p, 'utf8')) as { Resources?: Record<string, { Type: string }> }).Resources ?? {};
    for (const r of Object.values(resources)) types.add(r.Type);
  }
  return types;
}

/**
 * AWS Control Tower's proactive controls, as @cdklabs/cdk-validator-cfnguard runs them (its
 * cfn-guard binary, its rules, its report), but only the rules that name a resource type the
 * templates contain. A rule selects its resources by type and skips a template without them, so
 * the findings are the same as with every rule (tests/infra/guard.test.ts compares the two);
 * cfn-guard's cost grows with the number of rule files times the template's size, and all 237
 * of them take several CPU-seconds per synth where the 40-odd that apply take about one.
 * A new kind of resource brings its rules with it.
 *
 * Every finding is an error, so that any finding not acknowledged fails the synth.
 */
export class ControlTowerChecks implements IPolicyValidationPlugin {
  readonly name = GUARD_PLUGIN;
  readonly version = CONTROL_TOWER_RULES_VERSION;

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const rules = rulesFor(resourceTypesOf(context.templatePaths));
    if (rules.length === 0) return { success: true, violations: [] };
    const report = new CfnGuardValidator({ controlTowerRulesEnabled: false, rules }).validate(context);
    // The plugin leaves `severity` unset. Once any finding is acknowledged, the CDK recomputes a
    // report's success from its remaining violations' severities, and one without a severity
    // does not count: an unacknowledged finding would then pass the synth.
    return { ...report, violations: report.violations.map((v) => ({ ...v, severity: v.severity ?? 'error' })) };
  }
}
