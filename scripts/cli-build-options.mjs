// How the CLI is bundled, in one place: scripts/build.mjs builds dist/cli.js with these options,
// and the benchmark builds the engine it measures with the same ones, so that it times the code
// as `factcheck check` runs it (one module, not one per source file).
export const CLI_BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The AWS SDK and Powertools stay in node_modules (large, and loaded only by the bucket
  // commands); every other package is bundled in: resolving and reading a package's modules one
  // by one (zod alone is about a hundred files) cost a cold `check` more than compiling them.
  external: ['@aws-sdk/*', '@smithy/*', '@aws-lambda-powertools/*', '@aws-crypto/*'],
  // Bundled CommonJS packages (commander) require Node's own modules: ESM has no `require`.
  banner: { js: "import { createRequire as __factcheckRequire } from 'node:module'; const require = __factcheckRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
};
