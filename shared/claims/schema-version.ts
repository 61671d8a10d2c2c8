/** The claims document's schema version, apart from the schema so that extracting claims does not load zod to stamp it. */
export const CLAIMS_SCHEMA_VERSION = '1.0';
