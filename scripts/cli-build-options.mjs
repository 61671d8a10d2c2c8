// How the CLI is bundled, in one place: scripts/build.mjs builds dist/cli.js with these options,
// and the benchmark builds the engine it measures with the same ones, so that it times the code
// as `factcheck check` runs it (one module, not one per source file).
/**
 * Commander requires `node:child_process` at load, for subcommands run as their own programs,
 * which this CLI has none of; the module pulls in `net`, `dgram` and their streams, a cost every
 * cold run paid. It is required on first use instead (never, here).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get(_, k) { m ??= require('node:child_process'); return m[k]; } });",
      loader: 'js',
    }));
  },
};

export const CLI_BUILD = {
  plugins: [lazyChildProcess],
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
