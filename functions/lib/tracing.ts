import { tracer } from './observability.ts';

/**
 * One X-Ray subsegment per record, as Powertools' batch processing examples make: the record's
 * S3 and DynamoDB calls nest under it, and its annotations (indexed, so a filter expression such
 * as `annotation.article = "articles/story.txt"` finds them) say which object and version it
 * was and how it ended. The handler is not wrapped by captureLambdaHandler, so without this
 * every annotation would land on Lambda's own segment, which X-Ray does not let a function
 * annotate.
 */
export interface RecordTrace {
  /** An indexed annotation on the record's subsegment. */
  annotate(key: string, value: string | number | boolean): void;
  /** Unindexed detail on the record's subsegment (a message id, an error code). */
  detail(key: string, value: unknown): void;
}

/** X-Ray indexes annotation strings up to 1,000 characters; an S3 key may have 1,024 bytes. */
const MAX_ANNOTATION = 1000;

const idle: RecordTrace = { annotate: () => {}, detail: () => {} };

export async function traceRecord<T>(name: string, work: (trace: RecordTrace) => Promise<T>): Promise<T> {
  const parent = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
  if (!parent) return work(idle);
  const subsegment = parent.addNewSubsegment(name);
  tracer.setSegment(subsegment);
  try {
    return await work({
      annotate: (key, value) => tracer.putAnnotation(key, typeof value === 'string' ? value.slice(0, MAX_ANNOTATION) : value),
      detail: (key, value) => tracer.putMetadata(key, value),
    });
  } catch (err) {
    // Marks the subsegment as failed, with the error, where POWERTOOLS_TRACER_CAPTURE_ERROR allows.
    tracer.addErrorAsMetadata(err as Error);
    throw err;
  } finally {
    subsegment.close();
    tracer.setSegment(parent);
  }
}
