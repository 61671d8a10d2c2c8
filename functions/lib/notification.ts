import * as z from 'zod';

/**
 * The parts of an SQS message carrying an S3 event notification that the stages read, as AWS
 * documents them. Our own schemas rather than Powertools' parser: its schemas import zod as
 * `{ z }`, which keeps all of zod (every locale's error messages) in each bundle, some 370 KB;
 * a namespace import lets the bundler keep only what is used (docs/adr/0005-bundle-budget.md).
 * Fields the stages never read are passed through unchecked.
 */

/** A string holding JSON, parsed and then checked against `schema`. */
export const JsonString = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: `body is not JSON: ${(err as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(schema);

export const SqsRecord = z.looseObject({
  messageId: z.string(),
  body: z.string(),
  eventSource: z.literal('aws:sqs'),
});

export const S3ObjectCreated = z.looseObject({
  eventName: z.string(),
  eventTime: z.string(),
  s3: z.looseObject({
    bucket: z.looseObject({ name: z.string().min(1) }),
    object: z.looseObject({
      key: z.string(),
      size: z.number().int().nonnegative().optional(),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});

export const S3Notification = z.object({ Records: z.array(S3ObjectCreated).min(1) });

/** The message S3 sends once when a notification is configured. */
export const S3TestNotification = z.looseObject({ Event: z.literal('s3:TestEvent') });
