import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { run, type Io } from '../../cli/main.ts';

// `upload --wait` reads each report's summary from its metadata: a claim-dense article's report
// runs to tens of megabytes, and reading it whole once failed the wait and lost every summary.
const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

const capture = (): Io & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
};

describe('upload --wait', () => {
  it('summarises from the report\'s metadata, without downloading it, and shows its progress', async () => {
    const file = 'examples/military-spending.md';
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    s3.on(PutObjectCommand).resolves({});
    s3.on(HeadObjectCommand, { Key: 'reports/military-spending.md.json' }).resolves({ Metadata: { sha256, claims: '27017', supported: '20000', contradicted: '0', disputed: '17', unverifiable: '7000' } });
    s3.on(GetObjectCommand).rejects(new Error('the report must not be downloaded'));
    const io = capture();
    expect(await run(['upload', file, '--bucket', 'b', '--region', 'us-east-1', '--wait', '--timeout', '5'], io)).toBe(0);
    expect(io.out.join('')).toBe('✓ articles/military-spending.md: 27017 claims: 20000 supported, 0 contradicted, 17 disputed, 7000 unverifiable\n');
    expect(io.err.join('')).toMatch(/1\/1 reports/);
    expect(s3).toHaveReceivedCommandTimes(GetObjectCommand, 0);
  });

  it('falls back to the report itself when it carries no summary', async () => {
    const file = 'examples/military-spending.md';
    s3.on(PutObjectCommand).resolves({});
    s3.on(HeadObjectCommand, { Key: 'reports/military-spending.md.json' }).resolves({ Metadata: {} });
    s3.on(HeadObjectCommand, { Key: 'errors/military-spending.md.json' }).rejects(Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } }));
    s3.on(GetObjectCommand).resolves({ Body: { transformToString: async () => '{"truncated' } as never });
    const io = capture();
    // An unreadable report is no summary: the wait times out, with a line that says so.
    expect(await run(['upload', file, '--bucket', 'b', '--region', 'us-east-1', '--wait', '--timeout', '1'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/articles\/military-spending\.md: no report after 1 s/);
    expect(s3).toHaveReceivedCommand(GetObjectCommand);
  });
});
