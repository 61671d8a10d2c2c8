import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { resolveTarget, runningLocalStack } from '../../cli/target.ts';

// Which bucket the bucket commands use: flags (or --stack), then the environment, then the
// running local stack's settings file.
const dir = mkdtempSync(join(tmpdir(), 'factcheck-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = { ...process.env };
const cfn = mockClient(CloudFormationClient);
beforeEach(() => {
  cfn.reset();
  delete process.env.FACTCHECK_BUCKET;
  delete process.env.FACTCHECK_ENDPOINT;
  process.env.FACTCHECK_LOCAL_STACK = join(dir, 'none.json');
});
afterEach(() => {
  process.env = { ...saved };
});

const localFile = (settings: object) => {
  const f = join(dir, `stack-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify(settings));
  return f;
};

describe('the bucket the commands use', () => {
  it('comes from the flags first', async () => {
    process.env.FACTCHECK_BUCKET = 'from-env';
    expect(await resolveTarget({ bucket: 'flagged', endpoint: 'http://127.0.0.1:1' })).toEqual({ bucket: 'flagged', endpoint: 'http://127.0.0.1:1', from: 'flags' });
  });

  it("comes from a deployed stack's BucketName output with --stack", async () => {
    cfn.on(DescribeStacksCommand, { StackName: 'factcheck' }).resolves({ Stacks: [{ StackName: 'factcheck', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'ReferenceTableName', OutputValue: 't' }, { OutputKey: 'BucketName', OutputValue: 'factcheck-articles-123' }] }] });
    expect(await resolveTarget({ stack: 'factcheck', region: 'eu-west-1' })).toEqual({ bucket: 'factcheck-articles-123', region: 'eu-west-1', from: 'stack' });
    cfn.on(DescribeStacksCommand, { StackName: 'other' }).resolves({ Stacks: [{ StackName: 'other', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }] });
    await expect(resolveTarget({ stack: 'other' })).rejects.toThrow(/stack other has no BucketName output/);
    await expect(resolveTarget({ stack: 'x', bucket: 'y' })).rejects.toThrow(/--bucket or --stack, not both/);
  });

  it('comes from the environment next', async () => {
    process.env.FACTCHECK_BUCKET = 'from-env';
    process.env.FACTCHECK_ENDPOINT = 'http://127.0.0.1:2';
    process.env.FACTCHECK_LOCAL_STACK = localFile({ s3: 'http://127.0.0.1:3', bucket: 'local', pid: process.pid });
    expect(await resolveTarget({})).toEqual({ bucket: 'from-env', endpoint: 'http://127.0.0.1:2', from: 'environment' });
  });

  it('comes from the running local stack last, and not from one whose process is gone', async () => {
    process.env.FACTCHECK_LOCAL_STACK = localFile({ s3: 'http://127.0.0.1:3', bucket: 'local', pid: process.pid });
    expect(await resolveTarget({})).toEqual({ bucket: 'local', endpoint: 'http://127.0.0.1:3', from: 'local stack' });
    // A pid no process has (Linux pids stop at 2^22).
    process.env.FACTCHECK_LOCAL_STACK = localFile({ s3: 'http://127.0.0.1:3', bucket: 'local', pid: 2 ** 23 });
    expect(runningLocalStack()).toBeNull();
    await expect(resolveTarget({})).rejects.toThrow(/which bucket\? give --bucket NAME .*--stack NAME .*FACTCHECK_BUCKET.*npm run local/);
  });
});

describe('npm run local, when its port is taken', () => {
  it('says so in one line and exits 2, with no stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', () => ok()));
    const port = (holder.address() as { port: number }).port;
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/local.ts', '--dynamo-port', String(port), '--s3-port', '0'], { encoding: 'utf8', env: { ...process.env, FACTCHECK_LOCAL_STACK: join(dir, 'none.json') }, timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`npm run local: port ${port} is in use: stop what holds it, or choose others with --s3-port and --dynamo-port`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  });
});
