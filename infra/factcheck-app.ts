import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stackPropsFromContext } from './context.ts';
import { FactcheckStack } from './factcheck-stack.ts';

/**
 * The CDK app: one environment-agnostic stack (synth needs no account or credentials), named
 * after the name prefix, checked by cdk-nag's AWS Solutions rules. Any unacknowledged finding
 * fails the synth.
 */
export function createApp(props: AppProps = {}): { app: App; stack: FactcheckStack } {
  const app = new App(props);
  const stackProps = stackPropsFromContext(app.node);
  const stack = new FactcheckStack(app, stackProps.namePrefix ?? 'factcheck', {
    ...stackProps,
    description: 'Fact-check pipeline: articles in S3, split and check stages on Lambda, verdict reports back in S3',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
