import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.ts';

/**
 * Beside an answer that says help is needed now: a line and a button that opens the urgent
 * contacts and takes focus there. The answer itself moves nothing (WCAG 3.2.2); the line is also
 * announced through the finder's live region, since it appears after the control that caused it.
 */
export function urgentPrompt(l: Localizer, lead: string, onShow: () => void): TemplateResult {
  return html`<div class="notice urgent-prompt">
    <p>${lead}</p>
    <button type="button" class="button urgent-show" @click=${onShow}>${l.t('urgent.show')}</button>
  </div>`;
}
