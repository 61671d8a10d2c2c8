import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryBlobStore } from '../../shared/pipeline/blob-store.ts';
import { checkClaims } from '../../shared/pipeline/check-stage.ts';
import { DEFAULT_HANDOFF_BYTES, HandoffMessage, handoffMessage, type ClaimsHandoff } from '../../shared/pipeline/handoff.ts';
import { splitArticle } from '../../shared/pipeline/split-stage.ts';
import { jsonParts } from '../../shared/pipeline/serialise.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import { ErrorReport } from '../../shared/pipeline/error-report.ts';
import { EventParseError, parseRecord } from '../../functions/lib/events.ts';
import { sqsRecord } from '../../adapters/local/notification.ts';

/** Split's claims handoff to check: small documents in the queue message, big ones under claims/. */
const article = readFileSync('examples/ceasefire-one-year-on.txt');
const reference = fileReferenceStore();

function handoff(maxBytes = DEFAULT_HANDOFF_BYTES): ClaimsHandoff & { sent: string[] } {
  const sent: string[] = [];
  return { maxBytes, sent, send: async (body) => void sent.push(body) };
}

/** An article uploaded, split with `h`, and the message check would receive (parsed as the handler parses it). */
async function splitWith(h: ClaimsHandoff & { sent: string[] }, body: Uint8Array | string = article) {
  const blobs = new MemoryBlobStore({ versioned: true });
  const v = blobs.upload('articles/story.txt', body, { metadata: { published: '2021-11-10' } });
  const outcome = await splitArticle({ bucket: 'b', key: 'articles/story.txt', ...v }, { blobs, handoff: h });
  return { blobs, v, outcome };
}

describe('the claims handoff', () => {
  it('sends a small claims document in the message and stores nothing under claims/', async () => {
    const h = handoff();
    const { blobs, v, outcome } = await splitWith(h);
    expect(outcome).toMatchObject({ status: 'handed-off', key: 'claims/story.txt.json' });
    expect(blobs.writes).toEqual([]);
    expect(h.sent).toHaveLength(1);
    const message = HandoffMessage.parse(JSON.parse(h.sent[0]!));
    expect(message).toMatchObject({ bucket: 'b', key: 'claims/story.txt.json', document: { schema: 'factcheck/claims', article: { source: 's3://b/articles/story.txt', version: v } } });
  });

  it('gives the same report from the message as from the stored document', async () => {
    const h = handoff();
    const { blobs } = await splitWith(h);
    const [record] = [sqsRecord({ messageId: 'm1', body: h.sent[0]! })];
    const { inputs } = parseRecord(record);
    const fromMessage = await checkClaims(inputs[0]!, { blobs, reference });
    expect(fromMessage).toMatchObject({ status: 'written', key: 'reports/story.txt.json' });
    const viaMessage = blobs.text('reports/story.txt.json')!;

    // The same article through claims/, as before the handoff.
    const stored = await splitWith(handoff(0));
    expect(stored.outcome).toMatchObject({ status: 'written', key: 'claims/story.txt.json' });
    const claims = await stored.blobs.head('claims/story.txt.json');
    await checkClaims({ bucket: 'b', key: 'claims/story.txt.json', ...claims! }, { blobs: stored.blobs, reference });
    expect(viaMessage).toBe(stored.blobs.text('reports/story.txt.json'));
    expect(blobs.text('reports/story.txt.html')).toBe(stored.blobs.text('reports/story.txt.html'));
  });

  it('stores a document over the limit under claims/, as every document was before', async () => {
    const h = handoff(1_000);
    const { blobs, outcome } = await splitWith(h);
    expect(outcome).toMatchObject({ status: 'written', key: 'claims/story.txt.json' });
    expect(h.sent).toEqual([]);
    expect(blobs.writes).toEqual(['claims/story.txt.json']);
  });

  it('writes nothing for a handed-over document whose article was replaced since', async () => {
    const h = handoff();
    const { blobs, v } = await splitWith(h);
    const v2 = blobs.upload('articles/story.txt', 'A new version: 3,000 troops.');
    const { inputs } = parseRecord(sqsRecord({ messageId: 'm1', body: h.sent[0]! }));
    const outcome = await checkClaims(inputs[0]!, { blobs, reference });
    expect(outcome).toMatchObject({ status: 'superseded', key: 'articles/story.txt', version: v, latest: v2 });
    expect(blobs.writes).toEqual([]);
  });

  it('gives a handed-over document that fails its schema an error report', async () => {
    const blobs = new MemoryBlobStore();
    blobs.upload('articles/story.txt', article);
    const body = JSON.stringify({ kind: 'factcheck/claims-handoff', bucket: 'b', key: 'claims/story.txt.json', document: { schema: 'factcheck/claims', claims: 'none' } });
    const { inputs } = parseRecord(sqsRecord({ messageId: 'm1', body }));
    const outcome = await checkClaims(inputs[0]!, { blobs, reference });
    expect(outcome).toMatchObject({ status: 'rejected', key: 'errors/story.txt.json', code: 'BAD_CLAIMS' });
    const report = ErrorReport.parse(JSON.parse(blobs.text('errors/story.txt.json')!));
    expect(report.error.message).toMatch(/^claims document does not match its schema: /);
    expect(report.input).toEqual({ bucket: 'b', key: 'claims/story.txt.json', size: Buffer.byteLength(body) });
  });

  it('knows a message by the article version its document names, so a repeat is not new work', async () => {
    const h = handoff();
    const { v } = await splitWith(h);
    const a = parseRecord(sqsRecord({ messageId: 'm1', body: h.sent[0]! }));
    const b = parseRecord(sqsRecord({ messageId: 'm2', body: h.sent[0]! }));
    expect(a.versions).toEqual([`article:${v.versionId}`]);
    expect(b.versions).toEqual(a.versions);
    // A document that names no version is known by its message.
    const bare = JSON.stringify({ kind: 'factcheck/claims-handoff', bucket: 'b', key: 'claims/x.json', document: {} });
    expect(parseRecord(sqsRecord({ messageId: 'm3', body: bare })).versions).toEqual(['article:message:m3']);
    expect(() => parseRecord(sqsRecord({ messageId: 'm4', body: JSON.stringify({ kind: 'factcheck/claims-handoff', key: 'claims/x.json' }) }))).toThrow(EventParseError);
    expect(() => parseRecord(sqsRecord({ messageId: 'm5', body: JSON.stringify({ kind: 'factcheck/claims-handoff', bucket: 'b', key: 'claims/x.json' }) }))).toThrow(/claims document is missing/);
  });

  it('counts the limit in UTF-8 bytes and embeds the document as serialised', () => {
    const doc = { text: 'Şuşa – 44 days', claims: [{ quote: '“44-day war”' }] };
    const bytes = Buffer.byteLength(JSON.stringify(doc));
    expect(JSON.stringify(doc).length).toBeLessThan(bytes);
    expect(handoffMessage('b', 'claims/k.json', jsonParts(doc, 'claims'), bytes - 1)).toBeNull();
    const message = handoffMessage('b', 'claims/k.json', jsonParts(doc, 'claims'), bytes)!;
    expect(JSON.parse(message)).toEqual({ kind: 'factcheck/claims-handoff', bucket: 'b', key: 'claims/k.json', document: doc });
  });
});
