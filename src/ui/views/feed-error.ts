import { html, nothing, type TemplateResult } from 'lit';
import { FeedError } from '../../feed/errors.ts';
import type { Localizer, MessageKey } from '../../i18n/localize.ts';
import type { FeedState } from '../controllers/feed-controller.ts';
import { heading } from '../parts/heading.ts';

/** The reader's words for why the feed failed. A busy server says when to come back. */
function reasonKey(error: Error): MessageKey {
  if (!(error instanceof FeedError)) return 'error.network';
  if (error.code === 'http' && (error.status === 503 || error.status === 429)) return 'error.busy';
  return `error.${error.code}`;
}

/**
 * The notice about the feed, shown first under the title, above urgent help: on a phone the
 * opened urgent list is long, and the reason and "Try again" must not be a long scroll below it.
 * When the feed failed: why, in plain words, and "Try again". When a fallback copy stands in:
 * that it may be out of date, and "Try again" for the latest.
 */
export function feedNoticeView(
  l: Localizer,
  level: number,
  state: FeedState,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const retry = html`<div class="nav">
    <button type="button" class="button" @click=${onRetry}>${l.t('error.retry')}</button>
  </div>`;
  if (state.status === 'ready' && state.stale) {
    return html`<div class="notice" role="status">
      <p>${l.t('fallback.notice')}</p>
      ${retry}
    </div>`;
  }
  if (state.status !== 'error') return nothing;
  const noSrc = state.error instanceof FeedError && state.error.code === 'no-src';
  return html`<div class="notice" role="alert">
    ${heading(level, l.t('error.title'), { cls: 'question' })}
    <p>${l.t(reasonKey(state.error))}</p>
    <p>${l.t('error.body')}</p>
    ${noSrc ? nothing : retry}
  </div>`;
}

/** A lazily loaded part (browse, summary) could not be fetched; the rest carries on. */
export function partFailedView(l: Localizer, onRetry: () => void): TemplateResult {
  return html`<div class="notice" role="alert">
    <p>${l.t('finder.partFailed')}</p>
    <button type="button" class="button" @click=${onRetry}>${l.t('error.retry')}</button>
  </div>`;
}

/**
 * In place of a screen built from the feed when the feed failed. Not an alert: the notice at the
 * top has already said why, and this is read where the person is, after the step's heading.
 */
export function feedFailedView(l: Localizer, onRetry: () => void): TemplateResult {
  return html`<div class="notice">
    <p>${l.t('error.title')}</p>
    <button type="button" class="button" @click=${onRetry}>${l.t('error.retry')}</button>
  </div>`;
}
