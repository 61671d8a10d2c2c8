import { DEFAULT_MAX_CLAIMS } from '../../shared/claims/limits.ts';

/** The stack's cap on claims per article (maxClaimsPerArticle), read once per container. */
export function maxClaimsPerArticle(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_CLAIMS_PER_ARTICLE;
  if (raw === undefined || raw === '') return DEFAULT_MAX_CLAIMS;
  const n = Number(raw);
  // A wrong setting stops the function at its start, where the deploy's first invocation shows it.
  if (!Number.isInteger(n) || n < 1) throw new Error(`MAX_CLAIMS_PER_ARTICLE must be a whole number of claims of at least 1, not ${JSON.stringify(raw)}`);
  return n;
}
