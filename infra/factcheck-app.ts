import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stackPropsFromContext } from './context.ts';
import { ControlTowerChecks } from './control-tower.ts';
import { FactcheckStack } from './factcheck-stack.ts';

/**
 * The CDK app: one environment-agnostic stack (synth needs no account or credentials), named
 * after the name prefix, checked by two rule sets at synth: cdk-nag's AWS Solutions rules, on
 * the construct tree, and AWS Control Tower's proactive controls, run by cfn-guard (the binary
 * and the rules ship in @cdklabs/cdk-validator-cfnguard; no network) on the template
 * (infra/control-tower.ts). Any
 * finding not acknowledged fails the synth: cdk-nag's in the construct concerned, Control
 * Tower's in infra/guard-acknowledgements.ts.
 */
export function createApp(props: AppProps = {}): { app: App; stack: FactcheckStack } {
  const app = new App(props);
  const stackProps = stackPropsFromContext(app.node);
  const stack = new FactcheckStack(app, stackProps.namePrefix ?? 'factcheck', {
    ...stackProps,
    description: 'Fact-check pipeline: articles in S3, split and check stages on Lambda, verdict reports back in S3',
  });
  // Validations.of(app).addPlugins is what AppProps.policyValidationBeta1 became; the prop is
  // deprecated and warns on every synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ControlTowerChecks());
  return { app, stack };
}
