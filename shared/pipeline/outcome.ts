import { ENGINE } from '../version.ts';
import { isOtherVersion, versionOf, type BlobStore, type ObjectVersion } from './blob-store.ts';
import { errorReport, type ErrorReport } from './error-report.ts';
import { errorKeyFor, refusedKeyErrorKey, type KeyError } from './keys.ts';

/**
 * What both stages share: their input, their outcomes, and the error report of an input they
 * cannot process. Each stage lives in its own module (split-stage.ts, check-stage.ts), so that
 * each Lambda bundles only what its stage needs.
 */

export interface StageInput {
  bucket: string;
  key: string;
  size?: number | undefined;
  /** The object version the event names: its version id (versioned buckets) and ETag, unquoted. */
  versionId?: string | undefined;
  etag?: string | undefined;
  /** A claims document handed over in the queue message (parsed JSON), in place of the object at `key`. */
  document?: unknown;
}

export type Outcome =
  | { status: 'written'; key: string; claims: number; verdicts?: Record<string, number> }
  /** Split's claims document went to check in a queue message; `key` is where it would have been stored. */
  | { status: 'handed-off'; key: string; claims: number }
  | { status: 'rejected'; key: string; code: string; message: string }
  | { status: 'gone' }
  /** Nothing to process and nobody to tell: a folder marker (folderMarker). */
  | { status: 'ignored'; reason: string }
  /**
   * A newer version of `key` exists than the one the work describes: nothing was written, since
   * the newer version's own event produces its output.
   */
  | { status: 'superseded'; key: string; version: ObjectVersion; latest: ObjectVersion };

/** What a stage's output describes: a key, and the version of it that was read. */
export interface Basis {
  key: string;
  version: ObjectVersion;
}

/** The version an event names. */
export const eventVersion = (input: StageInput): ObjectVersion => versionOf({ versionId: input.versionId, etag: input.etag });

/**
 * Just before a stage writes: 'gone' when the key is deleted, 'superseded' when its latest
 * version is not the one the output describes, null when the output may be written.
 *
 * This narrows the window in which a late event overwrites a newer version's output; it does
 * not close it. A newer version uploaded between this HEAD and the PUT that follows, and
 * processed to the end before that PUT lands, is overwritten by the older output: S3 cannot
 * make a PUT of one key conditional on another key's version. The window is the time of one
 * PUT (longer while the SDK retries it), and functions/README.md says what it costs.
 */
export async function staleness(blobs: BlobStore, basis: Basis): Promise<Outcome | null> {
  const latest = await blobs.head(basis.key);
  if (!latest) return { status: 'gone' };
  if (isOtherVersion(basis.version, latest)) return { status: 'superseded', key: basis.key, version: versionOf(basis.version), latest: versionOf(latest) };
  return null;
}

/**
 * Writes the error report of `input` and returns 'rejected'; with a `basis`, only while that is
 * still the key's latest version, so that a late event's error report never describes a version
 * that has since been replaced.
 */
export async function reject(blobs: BlobStore, stage: ErrorReport['stage'], input: StageInput, code: string, message: string, basis?: Basis): Promise<Outcome> {
  if (basis) {
    const stop = await staleness(blobs, basis);
    if (stop) return stop;
  }
  const key = errorKeyFor(input.key);
  const report = errorReport(stage, input, code, message, { name: ENGINE.name, version: ENGINE.version });
  await blobs.put(key, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  return { status: 'rejected', key, code, message };
}

/**
 * The zero-byte object the S3 console (and other tools) create for "Create folder": its key
 * ends in '/', it holds no article, and whoever made it is not waiting for a report. Ignored
 * with a logged reason rather than given an error report (docs/deploy.md, "errors/").
 */
export function folderMarker(input: StageInput): Outcome | null {
  if (!input.key.endsWith('/') || input.size !== 0 || input.document !== undefined) return null;
  return { status: 'ignored', reason: 'a folder marker (a zero-byte object whose key ends in "/"), not an article' };
}

/**
 * The error report of an input whose key the stage refuses (BAD_KEY), written under
 * errors/refused-keys/ at a key made by encoding the refused one (refusedKeyErrorKey): never at
 * a key built from its segments, and without a HEAD of it, since a client or server that
 * resolves its "." and ".." segments would read another object.
 */
export async function refuseKey(blobs: BlobStore, stage: ErrorReport['stage'], input: StageInput, err: KeyError): Promise<Outcome> {
  const key = refusedKeyErrorKey(input.key);
  const report = errorReport(stage, input, 'BAD_KEY', err.message, { name: ENGINE.name, version: ENGINE.version });
  await blobs.put(key, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  return { status: 'rejected', key, code: 'BAD_KEY', message: err.message };
}
