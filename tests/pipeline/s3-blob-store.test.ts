import { Readable } from 'node:stream';
import type { PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../adapters/s3/blob-store.ts';
import { jsonParts } from '../../shared/pipeline/serialise.ts';

/** A client that records each PutObject's input and reads a streamed body to its bytes. */
function recordingClient() {
  const puts: Array<{ input: PutObjectCommandInput; bytes: Buffer }> = [];
  const client = {
    async send(command: { input: PutObjectCommandInput }) {
      const body = command.input.Body;
      let bytes: Buffer;
      if (body instanceof Readable) {
        const chunks: Buffer[] = [];
        for await (const c of body) chunks.push(c as Buffer);
        bytes = Buffer.concat(chunks);
      } else bytes = Buffer.from(body as string | Uint8Array);
      puts.push({ input: command.input, bytes });
      return {};
    },
  };
  return { client: client as unknown as S3Client, puts };
}

describe('S3BlobStore.put', () => {
  const big = { schema: 'x', text: 'caf\u00e9 \ud83d\ude00 '.repeat(150_000), claims: Array.from({ length: 2000 }, (_, i) => ({ i, quote: `${i} soldiers` })) };
  const expected = Buffer.from(JSON.stringify(big), 'utf8');

  it('streams a big body that can be iterated twice, with its length counted first', async () => {
    // Prepare
    const { client, puts } = recordingClient();
    // Act
    await new S3BlobStore(client, 'b').put('claims/a.json', jsonParts(big, 'claims'), 'application/json');
    // Assess
    expect(puts[0]!.input.Body).toBeInstanceOf(Readable);
    expect(puts[0]!.input.ContentLength).toBe(expected.length);
    expect(puts[0]!.bytes.equals(expected)).toBe(true);
  });

  it('encodes a one-shot body whole first, and sends the same bytes', async () => {
    const { client, puts } = recordingClient();
    const parts = jsonParts(big, 'claims');
    await new S3BlobStore(client, 'b').put('claims/a.json', (function* () { yield* parts; })(), 'application/json');
    expect(puts[0]!.input.ContentLength).toBe(expected.length);
    expect(puts[0]!.bytes.equals(expected)).toBe(true);
  });

  it('sends a small body whole', async () => {
    const { client, puts } = recordingClient();
    await new S3BlobStore(client, 'b').put('claims/s.json', jsonParts({ claims: [1, 'é'] }, 'claims'), 'application/json');
    expect(Buffer.isBuffer(puts[0]!.input.Body)).toBe(true);
    expect(puts[0]!.bytes.toString('utf8')).toBe('{"claims":[1,"é"]}');
  });
});
