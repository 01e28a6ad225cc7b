/** Finding and reading the review sheet an import applies: `--review`, or the last sheet written beside the feed. */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readText } from '../io.ts';
import { defaultReviewPath } from '../outcome.ts';
import { readReviewSheet, type ReadSheet } from './review-sheet.ts';

export interface ReviewInput {
  sheet?: ReadSheet;
  /** The sheet's path, when one was read. */
  source?: string;
  /** Who reviewed when a row names no reviewer: the sheet's file name and the day it was saved. */
  by: string;
}

/**
 * The corrections to apply. With `--review`, that sheet (a missing file is an error). Without
 * it, the sheet the last import wrote at the same place is read, so a re-run never overwrites
 * an officer's corrections with a blank sheet.
 */
export async function loadReview(options: { review?: string; reviewOut?: string; out?: string }): Promise<ReviewInput> {
  const path = options.review ?? options.reviewOut ?? defaultReviewPath(options.out ?? 'feed.json');
  if (options.review === undefined && !existsSync(path)) return { by: '' };
  const text = await readText(path);
  const sheet = readReviewSheet(text, basename(path));
  const saved = statSync(path).mtime.toISOString().slice(0, 10);
  return { sheet, source: path, by: `${basename(path)} ${saved}` };
}
