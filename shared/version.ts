import pkg from '../package.json' with { type: 'json' };

/** The engine's name and version, written into every document it produces. */
export const ENGINE = { name: 'factcheck', version: pkg.version } as const;
