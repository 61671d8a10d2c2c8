import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { allowedResources, logicalId, render, statementsOf, synthStack } from './synth.ts';

// One synthesis for the whole file: every assertion reads the same default template.
const { stack, template } = synthStack();
const bucket = logicalId(stack.articles.bucket);
const logBucket = logicalId(stack.articles.logBucket);
const referenceTable = logicalId(stack.referenceTable.table);
const idempotencyTable = logicalId(stack.idempotencyTable.table);
const articleQueue = logicalId(stack.articleQueue.queue);
const claimsQueue = logicalId(stack.claimsQueue.queue);
const splitRole = logicalId(stack.split.executionRole);
const checkRole = logicalId(stack.check.executionRole);

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
const resources = template.toJSON().Resources as Record<string, Resource>;

interface QueueConfiguration {
  Events: string[];
  QueueArn: unknown;
  Filter?: { Key: { FilterRules: { Name: string; Value: string }[] } };
}
const notificationResources = Object.values(template.findResources('Custom::S3BucketNotifications'));
const notifications = notificationResources.map((r) => r.Properties.NotificationConfiguration as Record<string, unknown>);
const queueConfigurations = notifications.flatMap((n) => (n.QueueConfigurations ?? []) as QueueConfiguration[]);
const watched = queueConfigurations.map((c) => ({
  queue: render(c.QueueArn),
  prefixes: (c.Filter?.Key.FilterRules ?? []).filter((r) => r.Name.toLowerCase() === 'prefix').map((r) => r.Value),
}));

describe('bucket notifications (the no-retrigger rule)', () => {
  it('sends ObjectCreated under articles/ to the article queue and under claims/ to the claims queue, and nothing else', () => {
    template.resourceCountIs('Custom::S3BucketNotifications', 1);
    expect(render(notificationResources[0]!.Properties.BucketName)).toBe(bucket);
    expect(watched).toEqual([
      { queue: `${articleQueue}.Arn`, prefixes: ['articles/'] },
      { queue: `${claimsQueue}.Arn`, prefixes: ['claims/'] },
    ]);
    for (const c of queueConfigurations) expect(c.Events).toEqual(['s3:ObjectCreated:*']);
    expect(notifications[0]!.LambdaFunctionConfigurations).toBeUndefined();
    expect(notifications[0]!.TopicConfigurations).toBeUndefined();
  });

  it('watches neither reports/ nor errors/, and no stage writes where its own trigger watches', () => {
    const prefixes = watched.flatMap((w) => w.prefixes);
    expect(prefixes).not.toContain('reports/');
    expect(prefixes).not.toContain('errors/');
    for (const [role, queue] of [
      [splitRole, articleQueue],
      [checkRole, claimsQueue],
    ] as const) {
      const writes = allowedResources(statementsOf(template, role), 's3:PutObject').map((r) => r.replace(`${bucket}.Arn/`, '').replace(/\*$/, ''));
      const ownTrigger = watched.filter((w) => w.queue === `${queue}.Arn`).flatMap((w) => w.prefixes);
      for (const w of writes) expect(ownTrigger).not.toContain(w);
      // Whatever a stage writes is watched by at most the next stage, never by the first.
      for (const w of writes) expect(watched.find((x) => x.prefixes.includes(w))?.queue ?? 'none').not.toBe(`${articleQueue}.Arn`);
    }
  });
});

describe('bucket', () => {
  it('is encrypted, versioned, private and access-logged to the log bucket', () => {
    expect(resources[bucket]!.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucket } },
    });
    expect(resources[bucket]!.DeletionPolicy).toBe('Retain');
  });

  it('expires noncurrent versions and claims documents, not reports', () => {
    const rules = (resources[bucket]!.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }));
    expect(rules).toContainEqual(expect.objectContaining({ Prefix: 'claims/', ExpirationInDays: 30, Status: 'Enabled' }));
    const expiringPrefixes = rules.filter((r) => r.ExpirationInDays !== undefined).map((r) => r.Prefix);
    expect(expiringPrefixes).toEqual(['claims/']);
  });

  it('has a log bucket that is itself encrypted (SSE-S3, the only encryption S3 delivers logs to), private, versioned and expiring', () => {
    expect(resources[logBucket]!.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [
          expect.objectContaining({ ExpirationInDays: 90, NoncurrentVersionExpiration: { NoncurrentDays: 7 } }),
          expect.objectContaining({ ExpiredObjectDeleteMarker: true }),
          expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }),
        ],
      },
    });
  });

  it('refuses requests without TLS on both buckets', () => {
    for (const b of [bucket, logBucket]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: b },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });
});

describe('queues', () => {
  const queues = template.findResources('AWS::SQS::Queue');

  it('are four, all encrypted', () => {
    template.resourceCountIs('AWS::SQS::Queue', 4);
    for (const q of Object.values(queues)) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('each stage queue redrives to its own dead-letter queue after 5 receives', () => {
    for (const [queue, dlq] of [
      [stack.articleQueue.queue, stack.articleQueue.deadLetterQueue],
      [stack.claimsQueue.queue, stack.claimsQueue.deadLetterQueue],
    ] as const) {
      expect(queues[logicalId(queue)]!.Properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(dlq), 'Arn'] },
        maxReceiveCount: 5,
      });
    }
  });

  it('each dead-letter queue takes dead letters from its own work queue only', () => {
    for (const q of [stack.articleQueue, stack.claimsQueue]) {
      const dlq = queues[logicalId(q.deadLetterQueue)]!.Properties;
      expect(dlq.RedriveAllowPolicy).toEqual({
        redrivePermission: 'byQueue',
        sourceQueueArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sqs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:${queues[logicalId(q.queue)]!.Properties.QueueName}`]] }],
      });
    }
  });

  it("allow the owner's principals only: the queue helper's owner statement, and a Deny for every principal outside the account but AWS services", () => {
    for (const id of Object.keys(queues)) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Sid: 'QueueOwnerOnlyAccess',
              Effect: 'Allow',
              Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } },
              Action: ['sqs:AddPermission', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage', 'sqs:RemovePermission', 'sqs:SendMessage', 'sqs:SetQueueAttributes'],
              Resource: { 'Fn::GetAtt': [id, 'Arn'] },
            },
            {
              Sid: 'DenyOutsideAccount',
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 'sqs:*',
              Resource: { 'Fn::GetAtt': [id, 'Arn'] },
              Condition: { StringNotEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' } }, Bool: { 'aws:PrincipalIsAWSService': 'false' } },
            },
          ]),
        },
      });
    }
  });

  it('let S3 send notifications to the work queues, and no other principal outside the account', () => {
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    for (const p of policies) {
      const statements = p.Properties.PolicyDocument.Statement as { Effect: string; Principal: Record<string, unknown>; Condition?: unknown }[];
      for (const st of statements.filter((x) => x.Effect === 'Allow')) {
        if ('Service' in st.Principal) {
          expect(st.Principal).toEqual({ Service: 's3.amazonaws.com' });
          expect(st.Condition).toEqual({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [bucket, 'Arn'] } } });
        } else {
          expect(render(st.Principal.AWS)).toBe('arn:AWS::Partition:iam::AWS::AccountId:root');
        }
      }
    }
  });

  it('all refuse requests without TLS', () => {
    for (const id of Object.keys(queues)) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('hide a message for at least six times the timeout of the function that consumes it', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
    expect(mappings).toHaveLength(2);
    for (const m of mappings) {
      const queue = queues[render(m.Properties.EventSourceArn).replace(/\.Arn$/, '')]!;
      const fn = resources[render(m.Properties.FunctionName)]!;
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * (fn.Properties.Timeout as number));
    }
  });

  it('raise an alarm on each dead-letter queue as soon as it holds a message', () => {
    for (const dlq of [stack.articleQueue.deadLetterQueue, stack.claimsQueue.deadLetterQueue]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(dlq), 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      });
    }
    // No topic given: the alarms show in the console and take no action.
    for (const a of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) expect(a.Properties.AlarmActions).toBeUndefined();
  });
});

describe('functions', () => {
  const split = resources[logicalId(stack.split)]!.Properties;
  const check = resources[logicalId(stack.check)]!.Properties;

  it('run Node 22 on arm64, traced, with explicit memory and timeout', () => {
    for (const fn of [split, check]) {
      expect(fn).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: 512,
        Timeout: 30,
        Handler: 'index.handler',
      });
    }
  });

  it('get the environment of the contract (functions/README.md)', () => {
    const env = (fn: Record<string, unknown>) => (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    const powertools = { POWERTOOLS_METRICS_NAMESPACE: 'Factcheck', POWERTOOLS_LOG_LEVEL: 'INFO' };
    expect(env(split)).toMatchObject({
      ...powertools,
      POWERTOOLS_SERVICE_NAME: 'factcheck-split',
      IDEMPOTENCY_TABLE: { Ref: idempotencyTable },
      MAX_ARTICLE_BYTES: String(5 * 1024 * 1024),
      MAX_CLAIMS_PER_ARTICLE: '20000',
    });
    // The vocabulary a newsroom loaded with its facts is read from the reference table.
    expect(env(split).REFERENCE_TABLE).toEqual({ Ref: referenceTable });
    // Small claims documents go to check in the claims queue's message.
    expect(env(split)).toMatchObject({ CLAIMS_QUEUE_URL: { Ref: claimsQueue }, CLAIMS_MESSAGE_MAX_BYTES: String(200 * 1024) });
    expect(env(check).CLAIMS_QUEUE_URL).toBeUndefined();
    expect(env(check)).toMatchObject({
      ...powertools,
      POWERTOOLS_SERVICE_NAME: 'factcheck-check',
      IDEMPOTENCY_TABLE: { Ref: idempotencyTable },
      REFERENCE_TABLE: { Ref: referenceTable },
      MAX_CLAIMS_PER_ARTICLE: '20000',
    });
  });

  it('log to their own log groups with a set retention', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 2);
    for (const fn of [split, check]) {
      const group = resources[render((fn.LoggingConfig as { LogGroup: unknown }).LogGroup)]!;
      expect(group.Properties.RetentionInDays).toBe(30);
    }
  });

  it('report partial batch failures from their queues, with a concurrency cap', () => {
    for (const [fn, queue] of [
      [stack.split, articleQueue],
      [stack.check, claimsQueue],
    ] as const) {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalId(fn) },
        EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 5,
        ScalingConfig: { MaximumConcurrency: 20 },
      });
    }
  });

  it('have one role each', () => {
    expect(render(split.Role)).toBe(`${splitRole}.Arn`);
    expect(render(check.Role)).toBe(`${checkRole}.Arn`);
    expect(splitRole).not.toBe(checkRole);
    // No managed policy: the basic execution role would allow writing to any log group.
    expect(resources[splitRole]!.Properties.ManagedPolicyArns).toBeUndefined();
    expect(resources[checkRole]!.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('least privilege', () => {
  const split = statementsOf(template, splitRole);
  const check = statementsOf(template, checkRole);
  const obj = (prefix: string) => `${bucket}.Arn/${prefix}*`;

  it('no wildcard actions, no Deny tricks, no bucket-wide object access', () => {
    for (const s of [...split, ...check]) {
      expect(s.Effect).toBe('Allow');
      for (const a of s.Action) expect(a).not.toContain('*');
      for (const r of s.Resource) expect(r).not.toBe(`${bucket}.Arn/*`);
    }
  });

  it('allow Resource "*" for X-Ray only, which has no resource-level permissions, in a policy of its own', () => {
    for (const s of [...split, ...check].filter((x) => x.Resource.includes('*'))) {
      expect(s.Action.sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
    for (const fn of [stack.split, stack.check]) {
      const policy = resources[logicalId(fn.tracingPolicy)]!;
      expect(policy.Properties.PolicyDocument).toEqual({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' }],
      });
      // The function is created after it: Lambda checks the permission when tracing is active.
      expect((resources[logicalId(fn)] as { DependsOn?: string[] }).DependsOn).toContain(logicalId(fn.tracingPolicy));
      // ...and no other policy of the role holds a Resource "*".
      const others = Object.entries(template.findResources('AWS::IAM::Policy')).filter(
        ([id, p]) => id !== logicalId(fn.tracingPolicy) && render(p.Properties.Roles[0]) === logicalId(fn.executionRole),
      );
      expect(others.length).toBeGreaterThan(0);
      for (const [, p] of others) expect(JSON.stringify(p.Properties.PolicyDocument)).not.toContain('"Resource":"*"');
    }
  });

  it('use no KMS key by default (customerManagedKeys is off)', () => {
    template.resourceCountIs('AWS::KMS::Key', 0);
    for (const s of [...split, ...check]) for (const a of s.Action) expect(a).not.toMatch(/^kms:/);
  });

  it('split reads articles/ (the version its event names) and writes claims/ and errors/ only', () => {
    expect(allowedResources(split, 's3:GetObject')).toEqual([obj('articles/')]);
    expect(allowedResources(split, 's3:GetObjectVersion')).toEqual([obj('articles/')]);
    expect(allowedResources(split, 's3:PutObject').sort()).toEqual([obj('claims/'), obj('errors/')]);
    const s3Actions = new Set(split.flatMap((s) => s.Action).filter((a) => a.startsWith('s3:')));
    expect([...s3Actions].sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject']);
  });

  it('check reads claims/ (the version its event names), HEADs articles/, and writes reports/ and errors/ only', () => {
    expect(allowedResources(check, 's3:GetObject').sort()).toEqual([obj('articles/'), obj('claims/')]);
    expect(allowedResources(check, 's3:GetObjectVersion')).toEqual([obj('claims/')]);
    expect(allowedResources(check, 's3:PutObject').sort()).toEqual([obj('errors/'), obj('reports/')]);
    const s3Actions = new Set(check.flatMap((s) => s.Action).filter((a) => a.startsWith('s3:')));
    expect([...s3Actions].sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject']);
  });

  it('lists the bucket only under the prefixes each stage reads', () => {
    for (const [statements, prefixes] of [
      [split, ['articles/']],
      [check, ['articles/', 'claims/']],
    ] as const) {
      const list = statements.filter((s) => s.Action.includes('s3:ListBucket'));
      expect(list).toHaveLength(prefixes.length);
      for (const l of list) expect(l.Resource).toEqual([`${bucket}.Arn`]);
      const listed = list.map((l) => (l.Condition as { StringLike: { 's3:prefix': string[] } }).StringLike['s3:prefix']).sort();
      expect(listed).toEqual(prefixes.map((p) => [`${p}*`]));
    }
  });

  it('both may GetItem and Query the reference table (its facts, its vocabulary), and do nothing else to it', () => {
    for (const statements of [split, check]) {
      const onReference = statements.filter((s) => s.Resource.some((r) => r.startsWith(referenceTable)));
      expect(onReference.flatMap((s) => s.Action).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
      expect(onReference.flatMap((s) => s.Resource)).toEqual([`${referenceTable}.Arn`]);
    }
  });

  it('split may send messages to the claims queue only; check sends none', () => {
    const sends = split.filter((s) => s.Action.includes('sqs:SendMessage'));
    expect(sends.flatMap((s) => s.Action)).toEqual(['sqs:SendMessage']);
    expect(sends.flatMap((s) => s.Resource)).toEqual([`${claimsQueue}.Arn`]);
    expect(check.some((s) => s.Action.includes('sqs:SendMessage'))).toBe(false);
  });

  it('both read and write the idempotency table, item by item', () => {
    for (const statements of [split, check]) {
      const actions = statements.filter((s) => s.Resource.includes(`${idempotencyTable}.Arn`)).flatMap((s) => s.Action);
      expect(actions.sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    }
  });

  it('write logs to their own log group only', () => {
    expect(allowedResources(split, 'logs:PutLogEvents')).toEqual([`${logicalId(stack.split.logGroup)}.Arn`]);
    expect(allowedResources(check, 'logs:PutLogEvents')).toEqual([`${logicalId(stack.check.logGroup)}.Arn`]);
  });
});

describe('tables', () => {
  it('reference: pk/sk strings, on demand, point-in-time recovery, retained and protected', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: 'factcheck-reference',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
  });

  it('idempotency: id, TTL on expiration, on demand, point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'factcheck-idempotency',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});

describe('outputs', () => {
  it('name the bucket, both tables, both queues, both dead-letter queues and the dashboard', () => {
    template.hasOutput('BucketName', { Value: { Ref: bucket } });
    template.hasOutput('ReferenceTableName', { Value: { Ref: referenceTable } });
    template.hasOutput('IdempotencyTableName', { Value: { Ref: idempotencyTable } });
    template.hasOutput('ArticleQueueUrl', { Value: { Ref: articleQueue } });
    template.hasOutput('ClaimsQueueUrl', { Value: { Ref: claimsQueue } });
    template.hasOutput('ArticleDeadLetterQueueUrl', { Value: { Ref: logicalId(stack.articleQueue.deadLetterQueue) } });
    template.hasOutput('ClaimsDeadLetterQueueUrl', { Value: { Ref: logicalId(stack.claimsQueue.deadLetterQueue) } });
    template.hasOutput('DashboardName', { Value: { Ref: logicalId(stack.dashboard.dashboard) } });
  });
});
