import { RemovalPolicy } from 'aws-cdk-lib';
import type { Node } from 'constructs';
import type { LogLevel } from './constructs/pipeline-function.ts';
import type { FactcheckStackProps } from './factcheck-stack.ts';

/**
 * The stack's settings from CDK context (`cdk deploy -c maxReceiveCount=3`, or the "context"
 * block of cdk.json). Values given on the command line arrive as strings; a value that is
 * not a whole number, a boolean or a known log level fails the synth here.
 */
export const CONTEXT_KEYS = [
  'prefix',
  'logRetentionDays',
  'noncurrentVersionExpirationDays',
  'claimsExpirationDays',
  'accessLogExpirationDays',
  'maxReceiveCount',
  'maxConcurrency',
  'maxArticleBytes',
  'maxClaimsPerArticle',
  'retainReference',
  'reportPages',
  'claimsMessageMaxBytes',
  'logLevel',
  'alarmTopicArn',
  'customerManagedKeys',
] as const;

export function stackPropsFromContext(node: Node): FactcheckStackProps {
  const get = (key: (typeof CONTEXT_KEYS)[number]): unknown => node.tryGetContext(key);
  const int = (key: (typeof CONTEXT_KEYS)[number]): number | undefined => {
    const v = get(key);
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'number' ? v : /^-?\d+$/.test(String(v)) ? Number(v) : NaN;
    if (!Number.isInteger(n)) throw new Error(`context ${key} must be a whole number, got '${String(v)}'`);
    return n;
  };
  const retain = get('retainReference');
  if (retain !== undefined && !['true', 'false', true, false].includes(retain as string | boolean)) {
    throw new Error(`context retainReference must be true or false, got '${String(retain)}'`);
  }
  const keepReference = retain === undefined || retain === true || retain === 'true';
  const pages = get('reportPages');
  if (pages !== undefined && !['true', 'false', true, false].includes(pages as string | boolean)) {
    throw new Error(`context reportPages must be true or false, got '${String(pages)}'`);
  }
  const cmk = get('customerManagedKeys');
  if (cmk !== undefined && !['true', 'false', true, false].includes(cmk as string | boolean)) {
    throw new Error(`context customerManagedKeys must be true or false, got '${String(cmk)}'`);
  }
  const logLevel = get('logLevel');
  if (logLevel !== undefined && !['DEBUG', 'INFO', 'WARN', 'ERROR'].includes(String(logLevel))) {
    throw new Error(`context logLevel must be DEBUG, INFO, WARN or ERROR, got '${String(logLevel)}'`);
  }
  const prefix = get('prefix');
  const alarmTopicArn = get('alarmTopicArn');
  if (alarmTopicArn !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+$/.test(String(alarmTopicArn))) {
    throw new Error(`context alarmTopicArn must be an SNS topic ARN, got '${String(alarmTopicArn)}'`);
  }

  const props: Record<string, unknown> = {
    namePrefix: prefix === undefined ? undefined : String(prefix),
    logRetentionDays: int('logRetentionDays'),
    noncurrentVersionExpirationDays: int('noncurrentVersionExpirationDays'),
    claimsExpirationDays: int('claimsExpirationDays'),
    accessLogExpirationDays: int('accessLogExpirationDays'),
    maxReceiveCount: int('maxReceiveCount'),
    maxConcurrency: int('maxConcurrency'),
    maxArticleBytes: int('maxArticleBytes'),
    maxClaimsPerArticle: int('maxClaimsPerArticle'),
    reportPages: pages === undefined ? undefined : pages === true || pages === 'true',
    claimsMessageMaxBytes: int('claimsMessageMaxBytes'),
    logLevel: logLevel as LogLevel | undefined,
    alarmTopicArn: alarmTopicArn === undefined ? undefined : String(alarmTopicArn),
    customerManagedKeys: cmk === undefined ? undefined : cmk === true || cmk === 'true',
    // A throwaway stack (retainReference=false) can be deleted with its reference table.
    referenceRemovalPolicy: keepReference ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    referenceDeletionProtection: keepReference,
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as FactcheckStackProps;
}
