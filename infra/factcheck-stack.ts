import { DEFAULT_MAX_CLAIMS } from '../shared/claims/limits.ts';
import { CfnOutput, Duration, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ArticleBucket } from './constructs/article-bucket.ts';
import { IdempotencyTable } from './constructs/idempotency-table.ts';
import { PipelineAlarms } from './constructs/pipeline-alarms.ts';
import { PipelineDashboard } from './constructs/pipeline-dashboard.ts';
import { PipelineFunction, type LogLevel } from './constructs/pipeline-function.ts';
import { PipelineKey } from './constructs/pipeline-key.ts';
import { PipelineQueue } from './constructs/pipeline-queue.ts';
import { ReferenceTable } from './constructs/reference-table.ts';
import { acknowledgeGuardFindings } from './guard-acknowledgements.ts';
import { logRetention, positiveInteger } from './validate.ts';
import { DEFAULT_HANDOFF_BYTES } from '../shared/pipeline/handoff.ts';

export interface FactcheckStackProps extends StackProps {
  /** Prefix of every physical name (tables, queues, functions). @default 'factcheck' */
  readonly namePrefix?: string;
  /** Days the functions' logs are kept (a CloudWatch Logs retention period). @default 30 */
  readonly logRetentionDays?: number;
  /** Days a replaced or deleted object version is kept. @default 30 */
  readonly noncurrentVersionExpirationDays?: number;
  /** Days a claims document is kept. @default 30 */
  readonly claimsExpirationDays?: number;
  /** Days an S3 server access log is kept. @default 90 */
  readonly accessLogExpirationDays?: number;
  /** Receives before a message goes to its dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** Concurrent invocations per stage (2 to 1000), to protect the tables and the bill. @default 20 */
  readonly maxConcurrency?: number;
  /** What stack deletion does to the reference table. @default RemovalPolicy.RETAIN */
  readonly referenceRemovalPolicy?: RemovalPolicy;
  /** @default true */
  readonly referenceDeletionProtection?: boolean;
  /** Largest accepted article, in bytes. @default 5 MiB */
  readonly maxArticleBytes?: number;
  /**
   * The most claims (figures to check) one article may hold; an article with more ends in a
   * TOO_MANY_CLAIMS error report. The byte limit alone lets 5 MB of figure-dense text ask for
   * some 300,000 claims, past what the functions' memory and timeout hold; 20,000 claims take
   * the check stage under 5 s and about 210 MB at most (BENCHMARKS.md, section 4). @default 20,000
   */
  readonly maxClaimsPerArticle?: number;
  /**
   * Whether the check stage writes the HTML page (reports/<key>.html) beside each JSON report.
   * Each page is one more S3 PUT per article, about a fifth of the running cost (docs/cost.md).
   * @default true
   */
  readonly reportPages?: boolean;
  /**
   * Claims documents up to this many bytes go from split to check in the queue message rather
   * than under claims/: a PutObject, a GetObject and a HeadObject less per article (the 5 KB
   * article's document is about 11 KB). 0 stores every claims document. @default 204800
   */
  readonly claimsMessageMaxBytes?: number;
  /** @default 'INFO' */
  readonly logLevel?: LogLevel;
  /**
   * An existing SNS topic every alarm notifies, when it fires and when it clears (e.g. one with an
   * e-mail subscription). Without it the alarms only show in the console. @default none
   */
  readonly alarmTopicArn?: string;
  /**
   * Encrypt the article bucket, both tables and the log groups with a customer-managed KMS key
   * the stack creates (and retains), instead of each service's own key. About $1 a month for
   * the key, plus KMS requests. Whoever uploads articles, reads reports or loads the reference
   * table then needs kms:GenerateDataKey or kms:Decrypt on it. The queues keep SQS-managed
   * encryption: they hold a message for minutes, and a customer-managed key on a queue that S3
   * notifies must name the bucket in its policy while the bucket names the key, a cycle.
   * @default false
   */
  readonly customerManagedKeys?: boolean;
}

/** Function timeout of both stages; their queues' visibility timeouts derive from it. */
const STAGE_TIMEOUT = Duration.seconds(30);
/** Lets S3 notifications that arrive together share an invocation (and its cold start). */
const BATCHING_WINDOW = Duration.seconds(5);

/**
 * The fact-check pipeline: an upload under articles/ → (article queue) → split → claims/ →
 * (claims queue) → check → reports/; rejected inputs get an error report under errors/.
 * See functions/README.md for the contract this wires.
 */
export class FactcheckStack extends Stack {
  readonly articles: ArticleBucket;
  readonly referenceTable: ReferenceTable;
  readonly idempotencyTable: IdempotencyTable;
  readonly articleQueue: PipelineQueue;
  readonly claimsQueue: PipelineQueue;
  readonly split: PipelineFunction;
  readonly check: PipelineFunction;
  readonly alarms: PipelineAlarms;
  readonly dashboard: PipelineDashboard;
  /** The customer-managed key, when `customerManagedKeys` is set. */
  readonly encryptionKey: PipelineKey | undefined;
  /** The settings the Control Tower acknowledgements depend on (infra/guard-acknowledgements.ts). */
  readonly settings: { readonly logRetentionDays: number; readonly alarmTopicArn: string | undefined; readonly customerManagedKeys: boolean };

  constructor(scope: Construct, id: string, props: FactcheckStackProps = {}) {
    super(scope, id, props);
    const prefix = props.namePrefix ?? 'factcheck';
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(prefix)) {
      throw new Error(`namePrefix must be 1 to 40 lower-case letters, digits or '-', starting with a letter, got '${prefix}'`);
    }
    const retention = logRetention('logRetentionDays', props.logRetentionDays ?? 30);
    this.settings = { logRetentionDays: retention, alarmTopicArn: props.alarmTopicArn, customerManagedKeys: props.customerManagedKeys ?? false };
    this.encryptionKey = this.settings.customerManagedKeys
      ? new PipelineKey(this, 'EncryptionKey', { description: `${prefix}: articles, reports, tables and logs of the fact-check pipeline` })
      : undefined;
    const encryptionKey = this.encryptionKey ? { encryptionKey: this.encryptionKey.key } : {};
    const maxArticleBytes = positiveInteger('maxArticleBytes', props.maxArticleBytes ?? 5 * 1024 * 1024);
    const maxClaims = positiveInteger('maxClaimsPerArticle', props.maxClaimsPerArticle ?? DEFAULT_MAX_CLAIMS, 1_000_000);
    const maxConcurrency = props.maxConcurrency ?? 20;
    Tags.of(this).add('project', 'factcheck');

    this.articles = new ArticleBucket(this, 'Articles', {
      ...(props.noncurrentVersionExpirationDays !== undefined ? { noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays } : {}),
      ...(props.claimsExpirationDays !== undefined ? { claimsExpirationDays: props.claimsExpirationDays } : {}),
      ...(props.accessLogExpirationDays !== undefined ? { accessLogExpirationDays: props.accessLogExpirationDays } : {}),
      ...encryptionKey,
    });
    this.referenceTable = new ReferenceTable(this, 'Reference', {
      tableName: `${prefix}-reference`,
      ...(props.referenceRemovalPolicy !== undefined ? { removalPolicy: props.referenceRemovalPolicy } : {}),
      ...(props.referenceDeletionProtection !== undefined ? { deletionProtection: props.referenceDeletionProtection } : {}),
      ...encryptionKey,
    });
    this.idempotencyTable = new IdempotencyTable(this, 'Idempotency', { tableName: `${prefix}-idempotency`, ...encryptionKey });

    const alarmActions = props.alarmTopicArn ? [new SnsAction(Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn))] : [];
    const queue = (id: string, name: string) =>
      new PipelineQueue(this, id, {
        queueName: `${prefix}-${name}`,
        consumerTimeout: STAGE_TIMEOUT,
        maxBatchingWindow: BATCHING_WINDOW,
        alarmActions,
        ...(props.maxReceiveCount !== undefined ? { maxReceiveCount: props.maxReceiveCount } : {}),
      });
    this.articleQueue = queue('ArticleQueue', 'articles');
    this.claimsQueue = queue('ClaimsQueue', 'claims');

    // Only articles/ and claims/ are watched: the stages write claims/, reports/ and errors/,
    // so no output can start the stage that wrote it (see ArticleBucket.notifyOnCreate).
    this.articles.notifyOnCreate('articles/', this.articleQueue.queue);
    this.articles.notifyOnCreate('claims/', this.claimsQueue.queue);

    const bucket = this.articles.bucket;
    const common = {
      timeout: STAGE_TIMEOUT,
      memorySize: 512,
      logRetention: retention,
      logLevel: props.logLevel ?? 'INFO',
      ...(this.encryptionKey ? { logEncryptionKey: this.encryptionKey.key } : {}),
    } as const;

    this.split = new PipelineFunction(this, 'Split', {
      ...common,
      entry: 'functions/split.ts',
      functionName: `${prefix}-split`,
      description: 'Fact-check split stage: an article under articles/ into its claims document, in a message to check or under claims/',
      serviceName: `${prefix}-split`,
      environment: { MAX_ARTICLE_BYTES: String(maxArticleBytes), MAX_CLAIMS_PER_ARTICLE: String(maxClaims) },
    })
      .readsPrefix(bucket, 'articles/', { list: true, versions: true })
      .writesPrefix(bucket, 'claims/')
      .writesPrefix(bucket, 'errors/')
      // The beat's vocabulary, stored in the reference table beside the facts (docs/vocabulary.md).
      .usesTable(this.referenceTable.table, 'REFERENCE_TABLE', 'read')
      .usesTable(this.idempotencyTable.table, 'IDEMPOTENCY_TABLE', 'readWrite')
      .consumes(this.articleQueue, { maxConcurrency });
    const handoffBytes = props.claimsMessageMaxBytes ?? DEFAULT_HANDOFF_BYTES;
    if (handoffBytes !== 0) this.split.handsOffTo(this.claimsQueue, handoffBytes);

    this.check = new PipelineFunction(this, 'Check', {
      ...common,
      entry: 'functions/check.ts',
      functionName: `${prefix}-check`,
      description: 'Fact-check check stage: a claims document (in its message or under claims/) into its verdict report under reports/',
      serviceName: `${prefix}-check`,
      environment: { REPORT_PAGES: String(props.reportPages ?? true), MAX_CLAIMS_PER_ARTICLE: String(maxClaims) },
    })
      .readsPrefix(bucket, 'claims/', { list: true, versions: true })
      // HEAD only (which IAM grants as GetObject): a report is written only while the article
      // version it describes is the latest; listing makes a deleted article a 404, not a 403.
      .readsPrefix(bucket, 'articles/', { list: true })
      .writesPrefix(bucket, 'reports/')
      .writesPrefix(bucket, 'errors/')
      .usesTable(this.referenceTable.table, 'REFERENCE_TABLE', 'read')
      .usesTable(this.idempotencyTable.table, 'IDEMPOTENCY_TABLE', 'readWrite')
      .consumes(this.claimsQueue, { maxConcurrency });

    const stages = [
      { name: 'split', fn: this.split, queue: this.articleQueue },
      { name: 'check', fn: this.check, queue: this.claimsQueue },
    ];
    this.alarms = new PipelineAlarms(this, 'Alarms', { stages, actions: alarmActions });
    this.dashboard = new PipelineDashboard(this, 'Dashboard', { dashboardName: `${prefix}-pipeline`, stages, alarms: this.alarms.all });
    acknowledgeGuardFindings(this);

    const output = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    output('BucketName', bucket.bucketName, 'Upload articles under articles/; reports appear under reports/, error reports under errors/');
    output('ReferenceTableName', this.referenceTable.table.tableName, 'Load it with: npx factcheck reference load reference/facts.json --table <this> [--vocabulary FILE]');
    output('IdempotencyTableName', this.idempotencyTable.table.tableName, 'Powertools idempotency records (expire by TTL)');
    output('ArticleQueueUrl', this.articleQueue.queue.queueUrl, 'S3 notifications for articles/, consumed by the split stage');
    output('ArticleDeadLetterQueueUrl', this.articleQueue.deadLetterQueue.queueUrl, 'Article notifications that failed maxReceiveCount times');
    output('ClaimsQueueUrl', this.claimsQueue.queue.queueUrl, 'Claims documents from split and S3 notifications for claims/, consumed by the check stage');
    output('ClaimsDeadLetterQueueUrl', this.claimsQueue.deadLetterQueue.queueUrl, 'Claims notifications that failed maxReceiveCount times');
    output('DashboardName', this.dashboard.dashboard.dashboardName, 'The CloudWatch dashboard: alarms, queues, functions and outcomes of both stages');
  }
}
