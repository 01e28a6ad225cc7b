/** Finding and reading the review sheet an import applies: `--review`, or the last sheet written beside the feed. */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readText } from '../io.ts';
import { defaultReviewPath } from '../outcome.ts';
import { readReviewSheet } from './review-sheet.ts';
import type { SettleOptions } from './settle.ts';

/** What both import commands take beyond their input. */
export interface ImportOptions {
  out?: string;
  report?: string;
  today?: string;
  review?: string;
  reviewOut?: string;
  scope?: 'all';
}

/**
 * Scope and the corrections to apply. With `--review`, that sheet (a missing file is an error). Without
 * it, the sheet the last import wrote at the same place is read, so a re-run never overwrites
 * an officer's corrections with a blank sheet.
 */
export async function settleOptions(options: ImportOptions): Promise<SettleOptions> {
  const scopeAll = options.scope === 'all';
  const path = options.review ?? options.reviewOut ?? defaultReviewPath(options.out ?? 'feed.json');
  if (options.review === undefined && !existsSync(path)) return { scopeAll, reviewedBy: '', reviewSource: '' };
  const review = readReviewSheet(await readText(path), basename(path));
  // Who reviewed, when a row names no reviewer: the sheet's file name and the day it was saved.
  const saved = statSync(path).mtime.toISOString().slice(0, 10);
  return { scopeAll, review, reviewedBy: `${basename(path)} ${saved}`, reviewSource: path };
}
