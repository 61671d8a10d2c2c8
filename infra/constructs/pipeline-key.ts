import { Arn, ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The stack's customer-managed KMS key (the `customerManagedKeys` option): the article bucket,
 * both tables and the functions' log groups are encrypted with it. Rotated yearly,
 * and retained with the bucket and the reference table whose data it alone can decrypt.
 *
 * Its policy adds two statements to the CDK's default (the account administers the key through
 * IAM): CloudWatch Logs may use it for this account's log groups, and nobody may create a grant
 * on it except for an AWS service acting on a resource (DynamoDB creates its grants so).
 */
export class PipelineKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: { description: string }) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new Key(this, 'Key', {
      description: props.description,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsOfThisAccount',
        principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': Arn.format({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }, stack),
          },
        },
      }),
    );
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'GrantsOnlyForAwsResources',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['kms:CreateGrant'],
        resources: ['*'],
        conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      }),
    );
  }
}
