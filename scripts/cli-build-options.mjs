// How the CLI is bundled, in one place: scripts/build.mjs builds dist/cli.js with these options,
// and the benchmark builds the engine it measures with the same ones, so that it times the code
// as `factcheck check` runs it (one module, not one per source file).
export const CLI_BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};
