import { join } from 'node:path';
import { Duration, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Metric, type MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, Tracing, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLE, LAMBDA_NODE_OPTIONS, SHIPPED_VOCABULARY_PATH, VOCABULARY_BESIDE } from '../bundle-options.ts';
import { projectRoot } from '../project-root.ts';
import { MAX_HANDOFF_BYTES } from '../../shared/pipeline/handoff.ts';
import { integerInRange, keyPrefix } from '../validate.ts';
import type { PipelineQueue } from './pipeline-queue.ts';

/** The runtime the handlers are built and tested for; NODEJS_LATEST would move under us. */
export const PIPELINE_RUNTIME = Runtime.NODEJS_22_X;

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** The CloudWatch namespace of the metrics the handlers emit (Powertools, POWERTOOLS_METRICS_NAMESPACE). */
export const METRICS_NAMESPACE = 'Factcheck';

export interface PipelineFunctionProps {
  /** The handler's file, relative to the project root (e.g. `functions/split.ts`); it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  /** Powertools service name: the logs' and traces' `service`. */
  readonly serviceName: string;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default one month */
  readonly logRetention?: RetentionDays;
  /** A customer-managed key for the log group; its policy must let CloudWatch Logs use it. @default CloudWatch Logs' own encryption */
  readonly logEncryptionKey?: IKey;
  /** @default 'INFO' */
  readonly logLevel?: LogLevel;
  /** Physical function name. @default generated */
  readonly functionName?: string;
  /** Extra environment variables. */
  readonly environment?: Record<string, string>;
}

export interface ConsumeOptions {
  /** @default 10 */
  readonly batchSize?: number;
  /** Concurrent invocations the queue may drive (2 to 1000); protects the tables. @default unlimited */
  readonly maxConcurrency?: number;
}


/**
 * A pipeline stage's Lambda function with the house defaults: Node 22 on arm64, X-Ray tracing,
 * an ESM bundle with source maps, a log group with a set retention, and a role of its own that
 * starts with nothing but writing its logs. The helpers grant access and set the matching
 * environment variable in one call, so a permission never drifts from the code that needs it.
 */
export class PipelineFunction extends NodejsFunction {
  readonly executionRole: Role;
  readonly timeoutDuration: Duration;
  /** Powertools' `service`: the dimension of every custom metric the function emits. */
  readonly serviceName: string;
  /** The function's log group (retention and key as the props set them). */
  readonly functionLogGroup: LogGroup;
  /** The X-Ray permissions, in a policy of their own: the one place a `Resource: *` is acknowledged. */
  readonly tracingPolicy: Policy;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const root = projectRoot();
    const timeout = props.timeout ?? Duration.seconds(30);
    integerInRange('timeout (seconds)', timeout.toSeconds(), 1, 900);
    const memorySize = integerInRange('memorySize', props.memorySize ?? 512, 128, 10240);
    // Created before super() so that the function is born with them (`this` is not usable yet).
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      ...(props.logEncryptionKey ? { encryptionKey: props.logEncryptionKey } : {}),
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: runs the function`,
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy: write to this log group only.
    role.addToPolicy(
      new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
    );

    super(scope, id, {
      entry: join(root, props.entry),
      handler: 'handler',
      projectRoot: root,
      depsLockFilePath: join(root, 'package-lock.json'),
      description: props.description,
      ...(props.functionName ? { functionName: props.functionName } : {}),
      runtime: PIPELINE_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout,
      // No `tracing` here: the construct would add its X-Ray statement to the role's default
      // policy, beside the grants, where its Resource "*" could only be acknowledged for the
      // whole role. Tracing is switched on below, its permissions in a policy of their own.
      logGroup,
      role,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLE.target,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: true,
        mainFields: [...LAMBDA_BUNDLE.mainFields],
        // The SDK is bundled, not taken from the runtime: the handlers run the SDK version
        // they were tested with.
        externalModules: [],
        banner: LAMBDA_BUNDLE.banner,
        define: { ...LAMBDA_BUNDLE.define },
        // The shipped vocabulary beside the code, where the handler reads it (ADR 0005).
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // (From the bundling's own input folder, the project root: a path on this machine would
          // not exist where the CDK bundles in a container.)
          afterBundling: (inputDir: string, outputDir: string) => [`cp "${inputDir}/${SHIPPED_VOCABULARY_PATH}" "${outputDir}/${VOCABULARY_BESIDE}"`],
        },
      },
    });
    this.executionRole = role;
    this.timeoutDuration = timeout;
    this.serviceName = props.serviceName;
    this.functionLogGroup = logGroup;

    // A child of the role: the function already depends on the role's subtree, so Lambda finds
    // the X-Ray permissions in place when it creates a function with active tracing.
    this.tracingPolicy = new Policy(role, 'Tracing', {
      statements: [new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
    });
    this.tracingPolicy.attachToRole(role);
    (this.node.defaultChild as CfnFunction).tracingConfig = { mode: Tracing.ACTIVE };

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `Pinned to ${PIPELINE_RUNTIME.name}, the runtime the handlers are built and tested for; moving up is a tested change, not a silent one.`,
    });
    // On the tracing policy only: a Resource "*" added to the role's own policy (a table, a
    // queue granted too widely) is still a finding and fails the synth.
    Validations.of(this.tracingPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
  }

  /**
   * A metric the handler emits with Powertools (functions/lib/stage-handler.ts: `Rejections`,
   * `UnreadableEvents`, `Articles`, `Reports`, ...), in the `Factcheck` namespace with the
   * function's service name as its one dimension; summed over 5 minutes unless `options` say.
   */
  metricHandler(metricName: string, options: MetricOptions = {}): Metric {
    return new Metric({
      namespace: METRICS_NAMESPACE,
      metricName,
      dimensionsMap: { service: this.serviceName },
      statistic: 'Sum',
      period: Duration.minutes(5),
      ...options,
    });
  }

  /**
   * Lets the function read objects under `prefix` (GetObject, which HeadObject uses too).
   * With `list`, it may also list that prefix, and only that prefix: S3 then answers 404 for
   * an object deleted before processing, instead of 403, so the stage can tell "gone" apart
   * from "forbidden". With `versions`, it may read a version by its id (GetObjectVersion): a
   * stage reads the version its event names, not whatever is latest.
   */
  readsPrefix(bucket: IBucket, prefix: string, options: { list?: boolean; versions?: boolean } = {}): this {
    keyPrefix(prefix);
    const actions = ['s3:GetObject', ...(options.versions ? ['s3:GetObjectVersion'] : [])];
    this.executionRole.addToPolicy(new PolicyStatement({ actions, resources: [bucket.arnForObjects(`${prefix}*`)] }));
    this.usesKey(bucket.encryptionKey, ['kms:Decrypt']);
    if (options.list) {
      this.executionRole.addToPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${prefix}*`] } },
        }),
      );
    }
    this.acknowledgePrefix(bucket, prefix, 'reads');
    return this;
  }

  /** Lets the function write objects under `prefix` (PutObject) and nowhere else. */
  writesPrefix(bucket: IBucket, prefix: string): this {
    keyPrefix(prefix);
    this.executionRole.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects(`${prefix}*`)] }));
    this.usesKey(bucket.encryptionKey, ['kms:GenerateDataKey']);
    this.acknowledgePrefix(bucket, prefix, 'writes');
    return this;
  }

  /**
   * Names `table` in the environment variable `envName` and grants the item-level actions the
   * handlers use: `read` (GetItem, Query) or `readWrite` (GetItem, PutItem, UpdateItem,
   * DeleteItem: what Powertools idempotency does). No Scan, no batch or table-level actions.
   */
  usesTable(table: ITable, envName: string, access: 'read' | 'readWrite'): this {
    if (!/^[A-Z][A-Z0-9_]*$/.test(envName)) throw new Error(`environment variable name must be UPPER_SNAKE_CASE, got '${envName}'`);
    const actions =
      access === 'read'
        ? ['dynamodb:GetItem', 'dynamodb:Query']
        : ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
    this.executionRole.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions, resources: [table.tableArn] }));
    this.usesKey(table.encryptionKey, access === 'read' ? ['kms:Decrypt', 'kms:DescribeKey'] : ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']);
    this.addEnvironment(envName, table.tableName);
    return this;
  }

  /**
   * Lets the function send claims documents of up to `maxBytes` to `target`'s queue in the
   * message (SendMessage on that queue only), naming it in CLAIMS_QUEUE_URL: the split stage's
   * handoff to check (shared/pipeline/handoff.ts).
   */
  handsOffTo(target: PipelineQueue, maxBytes: number): this {
    integerInRange('claimsMessageMaxBytes', maxBytes, 1, MAX_HANDOFF_BYTES);
    this.executionRole.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [target.queue.queueArn] }));
    this.usesKey(target.queue.encryptionMasterKey, ['kms:GenerateDataKey', 'kms:Decrypt']);
    this.addEnvironment('CLAIMS_QUEUE_URL', target.queue.queueUrl);
    this.addEnvironment('CLAIMS_MESSAGE_MAX_BYTES', String(maxBytes));
    return this;
  }

  /**
   * Makes `source` this function's trigger, reporting partial batch failures so that only the
   * failed records of a batch come back. The queue's visibility timeout must cover six
   * function timeouts, or a record could be redelivered while still being worked on.
   */
  consumes(source: PipelineQueue, options: ConsumeOptions = {}): this {
    const batchSize = integerInRange('batchSize', options.batchSize ?? 10, 1, 10);
    const needed = 6 * this.timeoutDuration.toSeconds();
    if (source.visibilityTimeout.toSeconds() < needed) {
      throw new Error(
        `${source.node.path}: visibility timeout ${source.visibilityTimeout.toSeconds()} s is under six times the function timeout (${needed} s)`,
      );
    }
    if (options.maxConcurrency !== undefined) integerInRange('maxConcurrency', options.maxConcurrency, 2, 1000);
    this.addEventSource(
      new SqsEventSource(source.queue, {
        batchSize,
        maxBatchingWindow: source.maxBatchingWindow,
        reportBatchItemFailures: true,
        ...(options.maxConcurrency !== undefined ? { maxConcurrency: options.maxConcurrency } : {}),
      }),
    );
    return this;
  }

  /**
   * The KMS actions a grant needs when its resource is encrypted with a customer-managed key
   * (the stack's `customerManagedKeys` option), on that key only; nothing when it is not.
   * Exact actions, not the `kms:GenerateDataKey*` family that the CDK's grants use.
   */
  private usesKey(key: IKey | undefined, actions: string[]): void {
    if (!key) return;
    this.executionRole.addToPolicy(new PolicyStatement({ actions, resources: [key.keyArn] }));
  }

  /** Each prefix-scoped object ARN is a wildcard finding of its own; name it exactly. */
  private acknowledgePrefix(bucket: IBucket, prefix: string, verb: string): void {
    const cfn = bucket.node.defaultChild as CfnElement | undefined;
    if (!cfn) throw new Error('prefix grants need a bucket defined in this app');
    const logicalId = Stack.of(bucket).getLogicalId(cfn);
    Validations.of(this.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: `The function ${verb} objects under ${prefix} only: the wildcard is the key prefix, the narrowest scope S3 offers for keys not known in advance.`,
    });
  }
}
