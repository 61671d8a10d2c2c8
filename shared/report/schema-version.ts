/** The verdict report's schema version, apart from the schema so that the judge does not load zod to stamp it. */
export const REPORT_SCHEMA_VERSION = '1.0';
