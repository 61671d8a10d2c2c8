import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { projectRoot } from './project-root.ts';

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
  // The shipped vocabulary is left out of the code and deployed beside it (ADR 0005): data the
  // handler reads at its first article, not bytes every cold start parses.
  define: { FACTCHECK_VOCABULARY_BESIDE: 'true' },
} as const;

/** The name the shipped vocabulary is deployed under beside each function's code. */
export const VOCABULARY_BESIDE = 'vocabulary.json';

/** The shipped vocabulary, from the project's root. */
export const SHIPPED_VOCABULARY_PATH = 'shared/vocabulary/vocabulary.json';

/** Puts the shipped vocabulary beside a bundle built with `lambdaBuildOptions`, as the CDK deploys it. */
export function placeShippedVocabulary(bundleDir: string): void {
  copyFileSync(join(projectRoot(), SHIPPED_VOCABULARY_PATH), join(bundleDir, VOCABULARY_BESIDE));
}

/**
 * NODE_OPTIONS for every function: stack traces in the logs point at the TypeScript sources,
 * through the bundled maps. The construct sets it; the big-article benchmark runs with it,
 * since reading the maps costs memory too.
 */
export const LAMBDA_NODE_OPTIONS = '--enable-source-maps';

/**
 * The heap flags the Lambda Node.js runtime starts node with for a function of `memoryMb` MB.
 * Its bootstrap (/var/runtime/bootstrap in the public.ecr.aws/lambda/nodejs images that
 * aws/aws-lambda-base-images publishes; the same lines in the nodejs14.x and nodejs18.x ones)
 * computes, in integer arithmetic, new_space=$(expr $AWS_LAMBDA_FUNCTION_MEMORY_SIZE / 10),
 * semi_space=$(expr $new_space / 2), old_space=$(expr $AWS_LAMBDA_FUNCTION_MEMORY_SIZE - $new_space)
 * and runs node with --max-semi-space-size=$semi_space --max-old-space-size=$old_space (beside
 * --expose-gc and --max-http-header-size, which do not change the heap). 256 MB: 12 and 231.
 *
 * @example lambdaHeapFlags(256) // ['--max-semi-space-size=12', '--max-old-space-size=231']
 */
export function lambdaHeapFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return [`--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

/**
 * Every flag the runtime's bootstrap starts node with for a function of `memoryMb` MB: the heap
 * flags, --expose-gc (which lets the stages collect between the phases of a big article,
 * shared/memory.ts) and --max-http-header-size. The big-article benchmark runs each stage so.
 */
export function lambdaNodeFlags(memoryMb: number): string[] {
  return ['--expose-gc', '--max-http-header-size=81920', ...lambdaHeapFlags(memoryMb)];
}

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
    define: { ...LAMBDA_BUNDLE.define },
    logLevel: 'error',
  };
}
