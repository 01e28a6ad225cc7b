import { html, type TemplateResult } from 'lit';
import { FeedError } from '../../feed/errors.ts';
import type { Localizer, MessageKey } from '../../i18n/localize.ts';
import { heading } from '../parts/heading.ts';

/** The feed could not be used: why, in plain words, and "Try again". Urgent help stays above. */
export function feedErrorView(l: Localizer, level: number, error: Error, onRetry: () => void): TemplateResult {
  const code = error instanceof FeedError ? error.code : 'network';
  return html`<div class="notice" role="alert">
    ${heading(level, l.t('error.title'), { cls: 'question' })}
    <p>${l.t(`error.${code}` as MessageKey)}</p>
    <p>${l.t('error.body')}</p>
    <div class="nav">
      <button type="button" class="button" @click=${onRetry}>${l.t('error.retry')}</button>
    </div>
  </div>`;
}

/** A lazily loaded part (browse, summary) could not be fetched; the rest carries on. */
export function partFailedView(l: Localizer, onRetry: () => void): TemplateResult {
  return html`<div class="notice" role="alert">
    <p>${l.t('finder.partFailed')}</p>
    <button type="button" class="button" @click=${onRetry}>${l.t('error.retry')}</button>
  </div>`;
}
