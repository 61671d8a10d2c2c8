import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleBucket } from '../../infra/constructs/article-bucket.ts';
import { PipelineFunction } from '../../infra/constructs/pipeline-function.ts';
import { PipelineQueue } from '../../infra/constructs/pipeline-queue.ts';
import { ReferenceTable } from '../../infra/constructs/reference-table.ts';
import { stackPropsFromContext } from '../../infra/context.ts';
import { buildStack, cdkContext, logicalId, statementsOf, synthStack } from './synth.ts';

const scratch = () => new Stack(new App({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } }), 'scratch');

describe('bad props fail the synth with a clear message', () => {
  it.each([0, -1, 1.5])('maxReceiveCount %s', (maxReceiveCount) => {
    expect(() => buildStack({ maxReceiveCount })).toThrow(/maxReceiveCount must be an integer from 1/);
  });

  it.each([0, -7, 31])('logRetentionDays %s (not a CloudWatch Logs retention period)', (logRetentionDays) => {
    expect(() => buildStack({ logRetentionDays })).toThrow(/logRetentionDays must be one of the retention periods/);
  });

  it.each([
    ['noncurrentVersionExpirationDays', 0],
    ['claimsExpirationDays', -1],
    ['accessLogExpirationDays', 0.5],
  ] as const)('%s %s', (name, days) => {
    expect(() => buildStack({ [name]: days })).toThrow(new RegExp(`${name} must be an integer from 1`));
  });

  it.each(['Factcheck', 'fc_dev', '', '-fc'])('namePrefix %j', (namePrefix) => {
    expect(() => buildStack({ namePrefix })).toThrow(/namePrefix must be/);
  });

  it('maxConcurrency under 2 (the least an SQS event source allows)', () => {
    expect(() => buildStack({ maxConcurrency: 1 })).toThrow(/maxConcurrency must be an integer from 2 to 1000/);
  });

  it('a prefix grant with a wildcard or without its slash', () => {
    const stack = scratch();
    const bucket = new Bucket(stack, 'B');
    const fn = new PipelineFunction(stack, 'F', { entry: 'functions/split.ts', description: 'd', serviceName: 's' });
    expect(() => fn.readsPrefix(bucket, '*')).toThrow(/key prefix must be a folder name ending in '\/'/);
    expect(() => fn.writesPrefix(bucket, 'reports')).toThrow(/key prefix must be a folder name/);
  });

  it('a queue whose visibility timeout is under six function timeouts', () => {
    const stack = scratch();
    const queue = new PipelineQueue(stack, 'Q', { consumerTimeout: Duration.seconds(10) });
    const fn = new PipelineFunction(stack, 'F', { entry: 'functions/split.ts', description: 'd', serviceName: 's', timeout: Duration.seconds(30) });
    expect(() => fn.consumes(queue)).toThrow(/visibility timeout 60 s is under six times the function timeout \(180 s\)/);
  });

  it('a missing entry file', () => {
    const stack = scratch();
    expect(() => new PipelineFunction(stack, 'F', { entry: 'functions/nope.ts', description: 'd', serviceName: 's' })).toThrow(/nope\.ts/);
  });

  it('a table environment variable that is not UPPER_SNAKE_CASE', () => {
    const stack = scratch();
    const fn = new PipelineFunction(stack, 'F', { entry: 'functions/split.ts', description: 'd', serviceName: 's' });
    expect(() => fn.usesTable(new ReferenceTable(stack, 'R').table, 'referenceTable', 'read')).toThrow(/UPPER_SNAKE_CASE/);
  });

  it('the claims handoff is checked: at most 250 KiB, which leaves a message room for its envelope', () => {
    const stack = scratch();
    const fn = new PipelineFunction(stack, 'F', { entry: 'functions/split.ts', description: 'd', serviceName: 's' });
    const queue = new PipelineQueue(stack, 'Q', { consumerTimeout: Duration.seconds(10) });
    expect(() => fn.handsOffTo(queue, 300 * 1024)).toThrow(/claimsMessageMaxBytes must be an integer from 1 to 256000/);
  });

  it('bucket lifecycle days are checked by the construct itself', () => {
    expect(() => new ArticleBucket(scratch(), 'A', { claimsExpirationDays: 0 })).toThrow(/claimsExpirationDays must be an integer from 1/);
  });
});

describe('props are honoured', () => {
  // One more synthesis, with every setting away from its default.
  const { template } = synthStack({
    namePrefix: 'fc-dev',
    maxReceiveCount: 3,
    logRetentionDays: 14,
    noncurrentVersionExpirationDays: 7,
    claimsExpirationDays: 2,
    maxConcurrency: 5,
    maxArticleBytes: 1000,
    maxClaimsPerArticle: 500,
    reportPages: false,
    claimsMessageMaxBytes: 0,
    logLevel: 'DEBUG',
    referenceRemovalPolicy: RemovalPolicy.DESTROY,
    referenceDeletionProtection: false,
    alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:factcheck-alarms',
  });

  it('names, redrive count, retention, lifecycle and concurrency', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'fc-dev-articles', RedrivePolicy: { maxReceiveCount: 3 } });
    template.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'fc-dev-claims-dlq' });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 5 } });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'fc-dev-split',
      Environment: { Variables: { MAX_ARTICLE_BYTES: '1000', MAX_CLAIMS_PER_ARTICLE: '500', POWERTOOLS_LOG_LEVEL: 'DEBUG' } },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'fc-dev-check', Environment: { Variables: { REPORT_PAGES: 'false', MAX_CLAIMS_PER_ARTICLE: '500' } } });
    // claimsMessageMaxBytes=0: every claims document under claims/, no handoff, no SendMessage.
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'fc-dev-split', Environment: { Variables: Match.objectLike({ MAX_ARTICLE_BYTES: '1000' }) } });
    const splitEnv = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'fc-dev-split' } }))[0]!.Properties.Environment.Variables;
    expect(splitEnv.CLAIMS_QUEUE_URL).toBeUndefined();
    const splitPolicies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes('SplitRole'));
    // Its own grants and, apart, its X-Ray permissions.
    expect(splitPolicies).toHaveLength(2);
    expect(JSON.stringify(splitPolicies)).not.toContain('sqs:SendMessage');
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          { Id: 'expire-noncurrent-versions', NoncurrentVersionExpiration: { NoncurrentDays: 7 }, Status: 'Enabled' },
          { Id: 'expire-claims', Prefix: 'claims/', ExpirationInDays: 2, Status: 'Enabled' },
          { Id: 'abort-incomplete-uploads', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled' },
        ],
      },
    });
  });

  it('a throwaway reference table can be deleted with the stack', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: { TableName: 'fc-dev-reference', DeletionProtectionEnabled: false },
    });
  });

  it('every alarm notifies the alarm topic, when it fires and when it clears', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(14);
    for (const a of alarms) {
      expect(a.Properties.AlarmActions).toEqual(['arn:aws:sns:us-east-1:123456789012:factcheck-alarms']);
      expect(a.Properties.OKActions).toEqual(['arn:aws:sns:us-east-1:123456789012:factcheck-alarms']);
    }
  });
});

describe('customerManagedKeys', () => {
  const { stack, template } = synthStack({ customerManagedKeys: true });
  const key = logicalId(stack.encryptionKey!.key);
  const keyArn = { 'Fn::GetAtt': [key, 'Arn'] };

  it('creates one key, rotated and retained, whose policy lets CloudWatch Logs use it and limits grants to AWS services', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ EnableKeyRotation: true }) });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'CloudWatchLogsOfThisAccount',
            Principal: { Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
            Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': Match.anyValue() } },
          }),
          {
            Sid: 'GrantsOnlyForAwsResources',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 'kms:CreateGrant',
            Resource: '*',
            Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
          },
        ]),
      },
    });
  });

  it('encrypts the article bucket (with a bucket key), both tables and both log groups with it; the log bucket and the queues keep their own', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.anyValue(),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.absent(),
    });
    for (const t of Object.values(template.findResources('AWS::DynamoDB::Table'))) {
      expect(t.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn });
    }
    for (const g of Object.values(template.findResources('AWS::Logs::LogGroup'))) expect(g.Properties.KmsKeyId).toEqual(keyArn);
    for (const q of Object.values(template.findResources('AWS::SQS::Queue'))) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('grants each function exact KMS actions on that key, and nothing else new', () => {
    const kmsOf = (role: string) =>
      statementsOf(template, role)
        .filter((st) => st.Action.some((a) => a.startsWith('kms:')))
        .map((st) => ({ actions: st.Action.sort(), resources: st.Resource }));
    for (const fn of [stack.split, stack.check]) {
      const kms = kmsOf(logicalId(fn.executionRole));
      expect(kms.flatMap((k) => k.resources)).toEqual(kms.map(() => `${key}.Arn`));
      expect([...new Set(kms.flatMap((k) => k.actions))].sort()).toEqual(['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']);
    }
  });
});

describe('context (cdk deploy -c key=value)', () => {
  const fromContext = (context: Record<string, unknown>) => stackPropsFromContext(new App({ context }).node);

  it('reads numbers given as strings, and retainReference=false', () => {
    expect(fromContext({ prefix: 'fc-test', maxReceiveCount: '3', logRetentionDays: 14, retainReference: 'false', logLevel: 'WARN' })).toEqual({
      namePrefix: 'fc-test',
      maxReceiveCount: 3,
      logRetentionDays: 14,
      logLevel: 'WARN',
      referenceRemovalPolicy: RemovalPolicy.DESTROY,
      referenceDeletionProtection: false,
    });
  });

  it('keeps the reference table by default', () => {
    expect(fromContext({})).toEqual({ referenceRemovalPolicy: RemovalPolicy.RETAIN, referenceDeletionProtection: true });
  });

  it('rejects what it cannot read', () => {
    expect(() => fromContext({ maxReceiveCount: 'five' })).toThrow(/context maxReceiveCount must be a whole number, got 'five'/);
    expect(() => fromContext({ claimsExpirationDays: '1.5' })).toThrow(/whole number/);
    expect(() => fromContext({ retainReference: 'yes' })).toThrow(/retainReference must be true or false/);
    expect(() => fromContext({ reportPages: 'no' })).toThrow(/reportPages must be true or false/);
    expect(fromContext({ reportPages: 'false' })).toMatchObject({ reportPages: false });
    expect(fromContext({ claimsMessageMaxBytes: '0' })).toMatchObject({ claimsMessageMaxBytes: 0 });
    expect(() => fromContext({ claimsMessageMaxBytes: 'lots' })).toThrow(/claimsMessageMaxBytes must be a whole number/);
    expect(() => fromContext({ logLevel: 'LOUD' })).toThrow(/logLevel must be DEBUG, INFO, WARN or ERROR/);
    expect(() => fromContext({ alarmTopicArn: 'my-topic' })).toThrow(/alarmTopicArn must be an SNS topic ARN/);
    expect(() => fromContext({ customerManagedKeys: 'yes' })).toThrow(/customerManagedKeys must be true or false/);
    expect(fromContext({ customerManagedKeys: 'true' })).toMatchObject({ customerManagedKeys: true });
  });

  it('refuses a bad value from the command line in one line, with no stack trace', () => {
    // As `cdk synth -c maxReceiveCount=x` runs the app: context in CDK_CONTEXT_JSON.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], { env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ ...cdkContext, maxReceiveCount: 'x' }), CDK_OUTDIR: mkdtempSync(join(tmpdir(), 'cdk-out-')) }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("factcheck stack: context maxReceiveCount must be a whole number, got 'x'");
  });

  it('passes a bad value on to the stack, which refuses it', () => {
    expect(() => buildStack(fromContext({ maxReceiveCount: '0' }))).toThrow(/maxReceiveCount must be an integer from 1/);
  });
});

