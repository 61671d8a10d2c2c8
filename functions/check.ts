import { DynamoReferenceStore } from '../adapters/dynamodb/reference-store.ts';
import { checkClaims } from '../shared/pipeline/check-stage.ts';
import { documents, requireEnv } from './lib/clients.ts';
import { stageHandler } from './lib/stage-handler.ts';
import { vocabularies } from './lib/vocabulary.ts';
import { maxClaimsPerArticle } from './lib/limits.ts';

/** The check stage: a claims document under claims/ → its verdict report under reports/. */
const reference = new DynamoReferenceStore({ table: requireEnv('REFERENCE_TABLE'), client: documents });

// The HTML page beside each report, unless the stack was deployed with reportPages=false.
const pages = process.env.REPORT_PAGES !== 'false';
const limits = { maxClaims: maxClaimsPerArticle() };

export const handler = stageHandler({
  stage: 'check',
  run: async (input, blobs) => {
    const vocabulary = await vocabularies?.current();
    return checkClaims(input, { blobs, reference, pages, limits, ...(vocabulary ? { vocabulary } : {}) });
  },
});
