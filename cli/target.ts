import { existsSync, readFileSync } from 'node:fs';
import { InputError } from './inputs.ts';

/**
 * Which bucket (and endpoint) the bucket commands talk to, from the first of: their flags
 * (--bucket, --endpoint; or --stack NAME, a deployed stack's outputs read with CloudFormation's
 * DescribeStacks), the environment (FACTCHECK_BUCKET, FACTCHECK_ENDPOINT), and the local stack
 * that `npm run local` is running (the settings it writes to .local/stack.json while it runs).
 */
export interface Target {
  bucket: string;
  endpoint?: string;
  region?: string;
  /** Where the bucket came from, for messages. */
  from: 'flags' | 'stack' | 'environment' | 'local stack';
}

export interface TargetOptions {
  bucket?: string;
  endpoint?: string;
  region?: string;
  stack?: string;
}

/** Where `npm run local` writes its settings while it runs; FACTCHECK_LOCAL_STACK overrides it. */
export const localStackFile = () => process.env.FACTCHECK_LOCAL_STACK ?? '.local/stack.json';

interface LocalSettings {
  s3: string;
  bucket: string;
  pid?: number;
}

/** The running local stack's settings, or null when none runs (no file, or its process is gone). */
export function runningLocalStack(file = localStackFile()): LocalSettings | null {
  if (!existsSync(file)) return null;
  let s: Partial<LocalSettings>;
  try {
    s = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof s.s3 !== 'string' || typeof s.bucket !== 'string') return null;
  if (typeof s.pid === 'number') {
    try {
      process.kill(s.pid, 0);
    } catch (err) {
      // EPERM: alive, another user's; ESRCH: gone (a stack stopped without cleaning up).
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return null;
    }
  }
  return s as LocalSettings;
}

/** A deployed stack's bucket, from its BucketName output. */
async function stackBucket(name: string, region: string | undefined): Promise<string> {
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient({ region: region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1' });
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: name }));
    const outputs = out.Stacks?.[0]?.Outputs ?? [];
    const bucket = outputs.find((o) => o.OutputKey === 'BucketName')?.OutputValue;
    if (!bucket) throw new InputError(`stack ${name} has no BucketName output: is it a factcheck stack?`);
    return bucket;
  } catch (err) {
    if (err instanceof InputError) throw err;
    if ((err as Error).name === 'ValidationError') throw new InputError(`no stack named ${name} in ${await cfn.config.region()}: ${(err as Error).message}`);
    throw err;
  } finally {
    cfn.destroy();
  }
}

export async function resolveTarget(o: TargetOptions): Promise<Target> {
  const region = o.region ? { region: o.region } : {};
  if (o.bucket && o.stack) throw new InputError('give --bucket or --stack, not both');
  if (o.bucket) return { bucket: o.bucket, ...(o.endpoint ? { endpoint: o.endpoint } : {}), ...region, from: 'flags' };
  if (o.stack) return { bucket: await stackBucket(o.stack, o.region), ...(o.endpoint ? { endpoint: o.endpoint } : {}), ...region, from: 'stack' };
  const envBucket = process.env.FACTCHECK_BUCKET;
  if (envBucket) {
    const endpoint = o.endpoint ?? process.env.FACTCHECK_ENDPOINT;
    return { bucket: envBucket, ...(endpoint ? { endpoint } : {}), ...region, from: 'environment' };
  }
  const local = runningLocalStack();
  if (local) return { bucket: local.bucket, endpoint: o.endpoint ?? local.s3, ...region, from: 'local stack' };
  throw new InputError('which bucket? give --bucket NAME (and --endpoint URL for a local server), --stack NAME for a deployed stack, set FACTCHECK_BUCKET, or start the local stack with npm run local');
}
