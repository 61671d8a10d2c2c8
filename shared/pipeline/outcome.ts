import { ENGINE } from '../version.ts';
import type { BlobStore } from './blob-store.ts';
import { errorReport, type ErrorReport } from './error-report.ts';
import { errorKeyFor } from './keys.ts';

/**
 * What both stages share: their input, their outcomes, and the error report of an input they
 * cannot process. Each stage lives in its own module (split-stage.ts, check-stage.ts), so that
 * each Lambda bundles only what its stage needs.
 */

export interface StageInput {
  bucket: string;
  key: string;
  size?: number | undefined;
  versionId?: string | undefined;
}

export type Outcome =
  | { status: 'written'; key: string; claims: number; verdicts?: Record<string, number> }
  | { status: 'rejected'; key: string; code: string; message: string }
  | { status: 'gone' };

export async function reject(blobs: BlobStore, stage: ErrorReport['stage'], input: StageInput, code: string, message: string): Promise<Outcome> {
  const key = errorKeyFor(input.key);
  const report = errorReport(stage, input, code, message, { name: ENGINE.name, version: ENGINE.version });
  await blobs.put(key, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  return { status: 'rejected', key, code, message };
}
