import { splitArticle } from '../shared/pipeline/split-stage.ts';
import { claimsHandoff } from './lib/handoff.ts';
import { vocabularies } from './lib/vocabulary.ts';
import { stageHandler } from './lib/stage-handler.ts';
import { maxClaimsPerArticle } from './lib/limits.ts';

/**
 * The split stage: an upload under articles/ → its claims document, handed to check in a queue
 * message when it is small (and the stack enables it), else written under claims/.
 */
const maxBytes = Number(process.env.MAX_ARTICLE_BYTES ?? 5 * 1024 * 1024);
const maxClaims = maxClaimsPerArticle();
const handoff = claimsHandoff();

export const handler = stageHandler({
  stage: 'split',
  run: async (input, blobs) => {
    const vocabulary = await vocabularies?.current();
    return splitArticle(input, { blobs, maxBytes, maxClaims, ...(handoff ? { handoff } : {}), ...(vocabulary ? { vocabulary } : {}) });
  },
});
