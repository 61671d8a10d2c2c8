import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's root: the nearest folder, from the working directory up, that holds
 * package-lock.json. Paths built from the module's own location would break once the
 * infrastructure code is compiled or bundled into another folder; the CDK CLI, npm scripts
 * and the tests all run from the root or below it.
 */
export function projectRoot(from: string = process.cwd()): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package-lock.json')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package-lock.json in ${from} or any folder above it: run the CDK from the project`);
    dir = parent;
  }
}
