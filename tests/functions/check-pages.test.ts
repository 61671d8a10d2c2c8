import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../shared/pipeline/blob-store.ts';
import { checkClaims } from '../../shared/pipeline/check-stage.ts';
import { splitArticle } from '../../shared/pipeline/split-stage.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';

/** The HTML page beside each report is a deploy-time choice (reportPages): one S3 PUT less without it. */
describe('the check stage and its HTML page', () => {
  const reference = fileReferenceStore();
  const run = async (pages: boolean | undefined) => {
    const blobs = new MemoryBlobStore();
    const v = blobs.upload('articles/page.txt', 'Moscow has deployed 1,960 peacekeepers to the region.\n');
    await splitArticle({ bucket: 'b', key: 'articles/page.txt', ...v }, { blobs });
    const claims = await blobs.head('claims/page.txt.json');
    const outcome = await checkClaims({ bucket: 'b', key: 'claims/page.txt.json', ...claims! }, { blobs, reference, ...(pages === undefined ? {} : { pages }) });
    return { outcome, writes: blobs.writes.filter((k) => k.startsWith('reports/')) };
  };

  it('writes the page, then the JSON report, by default', async () => {
    const { outcome, writes } = await run(undefined);
    expect(outcome).toMatchObject({ status: 'written', key: 'reports/page.txt.json' });
    expect(writes).toEqual(['reports/page.txt.html', 'reports/page.txt.json']);
  });

  it('writes the JSON report alone with pages off', async () => {
    const { outcome, writes } = await run(false);
    expect(outcome).toMatchObject({ status: 'written', key: 'reports/page.txt.json' });
    expect(writes).toEqual(['reports/page.txt.json']);
  });
});
