/** The output formats of `check` and `report`: names only, so that parsing options loads no renderer. */
export const FORMATS = ['table', 'json', 'html', 'md', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];
