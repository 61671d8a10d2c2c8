/** Exit codes, documented in the README and in every command's help. */
export const EXIT = { ok: 0, contradicted: 1, badInput: 2 } as const;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, read no further than one byte past the limit. */
  stdin: (maxBytes: number) => Uint8Array;
}
