import { splitArticle } from '../shared/pipeline/split-stage.ts';
import { stageHandler } from './lib/stage-handler.ts';

/** The split stage: an upload under articles/ → its claims document under claims/. */
const maxBytes = Number(process.env.MAX_ARTICLE_BYTES ?? 5 * 1024 * 1024);

export const handler = stageHandler({
  stage: 'split',
  run: (input, blobs) => splitArticle(input, { blobs, maxBytes }),
});
