/**
 * The reference table's version item: the dataset's version, its number of facts and the stored
 * vocabulary's version (docs/reference-keys.md). A module of its own so that a reader of the
 * vocabulary alone (the split stage) does not bundle the fact store.
 */
export const META_KEY = { pk: '#meta', sk: 'version' } as const;
