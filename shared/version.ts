// The version alone, not package.json: every stage bundles this file, and the whole manifest
// was 1.8 KB of each bundle's budget (docs/adr/0005-bundle-budget.md). `npm version` keeps it in
// step (scripts/sync-version.mjs); tests/claims/version.test.ts checks that it is.
import own from './version.json' with { type: 'json' };

/** The engine's name and version, written into every document it produces. */
export const ENGINE = { name: 'factcheck', version: own.version } as const;
