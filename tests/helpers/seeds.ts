import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The five sample articles live beside the checkout (../shared/seeds) and are never copied
 * into the project. On a user's clone they are absent: tests skip with a visible message.
 * Under CI=true their absence is a failure.
 */
export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');

export function seedsAvailable(): boolean {
  const present = existsSync(SEEDS_DIR) && readdirSync(SEEDS_DIR).some((f) => f.endsWith('.txt'));
  if (!present) {
    if (process.env.CI === 'true') throw new Error(`sample articles not found at ${SEEDS_DIR}: CI needs ../shared/seeds beside the checkout`);
    console.warn(`\n  !! sample articles not found at ${SEEDS_DIR}: golden tests on them are skipped\n`);
  }
  return present;
}

export function seedPath(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no sample article ${prefix}* in ${SEEDS_DIR}`);
  return join(SEEDS_DIR, file);
}

export function readSeed(prefix: string): Buffer {
  return readFileSync(seedPath(prefix));
}

/** Publication dates of the sample articles, as an editor would give them on the command line. */
export const SEED_PUBLISHED: Record<string, string | undefined> = {
  '000': undefined,
  '001': '2021-08-16',
  '002': undefined, // stated in its header: 23.09.2020
  '003': '2024-07-10',
  '004': '2024-11-26',
};
