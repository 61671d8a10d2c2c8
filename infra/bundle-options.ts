import type { BuildOptions } from 'esbuild';

/**
 * How each Lambda is bundled, in one place: the CDK construct builds with these options and
 * the cold-start benchmark builds with the same ones, so the sizes and start-up times it
 * reports are those of what deploys.
 */

/** Bundled CommonJS inside an ESM file needs a real `require`. */
export const ESM_REQUIRE_SHIM = "import{createRequire}from'module';const require=createRequire(import.meta.url);";

export const LAMBDA_BUNDLE = {
  target: 'node22',
  minify: true,
  // ESM builds of the SDK and Powertools first: they tree-shake, their CommonJS builds do not.
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_SHIM,
} as const;

/** The esbuild options for one function's bundle, as the CDK builds it (minus its source map). */
export function lambdaBuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: LAMBDA_BUNDLE.minify,
    target: LAMBDA_BUNDLE.target,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: { js: LAMBDA_BUNDLE.banner },
    logLevel: 'error',
  };
}
