/**
 * The loader's defaults, apart from the loader itself so the element can name them as attribute
 * defaults without carrying the loader in the first download.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * 32 MB (33,554,432 bytes). A real partnership's feed is small (the 44-service sample is ~60 KB),
 * but a national directory of 20,000 services is 20 to 25 MB with council-length descriptions
 * (measured by `npm run bench`), and this cap must not refuse that. It exists to stop a wrong
 * address (a video, a disk image) from eating a phone's data plan and memory. A directory with
 * very long descriptions can raise it with the `feed-max-bytes` attribute.
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
