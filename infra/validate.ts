import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Prop checks shared by the constructs: a bad value fails the synth with a clear message. */

export function positiveInteger(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}, got ${value}`);
  }
  return value;
}

export function integerInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

const LOG_RETENTION_DAYS = Object.values(RetentionDays).filter((v): v is number => typeof v === 'number' && v > 0 && v !== RetentionDays.INFINITE);

/** CloudWatch Logs accepts only some retention periods (1, 3, 5, 7, 14, 30, 60, 90, ... days). */
export function logRetention(name: string, days: number): RetentionDays {
  if (!LOG_RETENTION_DAYS.includes(days)) {
    throw new Error(`${name} must be one of the retention periods CloudWatch Logs accepts (${LOG_RETENTION_DAYS.join(', ')}), got ${days}`);
  }
  return days as RetentionDays;
}

/** An S3 key prefix as the pipeline uses them: `articles/`, `claims/`, ... */
export function keyPrefix(prefix: string): string {
  if (!/^[a-z0-9][a-z0-9-]*\/$/.test(prefix)) {
    throw new Error(`a key prefix must be a folder name ending in '/', with no wildcard (e.g. 'articles/'), got '${prefix}'`);
  }
  return prefix;
}
