/** See snippet.mjs. */
export declare function sri(bytes: Uint8Array): string;
export declare function snippet(options: {
  version: string;
  feedUrl: string;
  scriptUrl: string;
  integrity: string;
}): string;
