import { readFileSync } from 'node:fs';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { FactcheckStack, type FactcheckStackProps } from '../../infra/factcheck-stack.ts';

/** The feature flags `cdk synth` runs with, so the tests see the template the CLI writes. */
export const cdkContext: Record<string, unknown> = JSON.parse(readFileSync('cdk.json', 'utf8')).context;

/**
 * The stack, built as the CLI builds it, without bundling the handlers: the assertions read
 * the template, not the code (nag.test.ts runs the real bundling once).
 */
export function buildStack(props: FactcheckStackProps = {}, context: Record<string, unknown> = {}): FactcheckStack {
  const app = new App({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...context } });
  return new FactcheckStack(app, 'factcheck', props);
}

export function synthStack(props: FactcheckStackProps = {}): { stack: FactcheckStack; template: Template } {
  const stack = buildStack(props);
  return { stack, template: Template.fromStack(stack) };
}

export function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

/** Renders an intrinsic as text: `{Fn::Join: ['', [{Fn::GetAtt: [B, 'Arn']}, '/a/*']]}` → `B.Arn/a/*`. */
export function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['Fn::GetAtt'])) return (v['Fn::GetAtt'] as string[]).join('.');
  if (typeof v.Ref === 'string') return v.Ref;
  if (Array.isArray(v['Fn::Join'])) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(render).join(sep);
  }
  return JSON.stringify(value);
}

export interface Statement {
  Effect: string;
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every statement of every policy attached to the role, actions and resources as lists of text. */
export function statementsOf(template: Template, roleId: string): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as {
    Properties: { Roles: unknown[]; PolicyDocument: { Statement: Record<string, unknown>[] } };
  }[];
  const attached = policies.filter((p) => p.Properties.Roles.some((r) => render(r) === roleId));
  return attached.flatMap((p) =>
    p.Properties.PolicyDocument.Statement.map((s) => ({
      Effect: s.Effect as string,
      Action: list(s.Action as string | string[]),
      Resource: list(s.Resource).map(render),
      ...(s.Condition ? { Condition: s.Condition as Statement['Condition'] } : {}),
    })),
  );
}

/** The resources the role is allowed `action` on. */
export function allowedResources(statements: Statement[], action: string): string[] {
  return statements.filter((s) => s.Effect === 'Allow' && s.Action.includes(action)).flatMap((s) => s.Resource);
}
