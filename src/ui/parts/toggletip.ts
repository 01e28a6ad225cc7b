import { html, nothing, type TemplateResult } from 'lit';
import type { TermId } from '../../i18n/glossary.ts';
import type { Localizer } from '../../i18n/localize.ts';
import type { Popups } from '../controllers/popups-controller.ts';
import { floatBeside } from './floating.ts';

/**
 * "What does ‘referral’ mean?": a toggletip (Heydon Pickering's pattern, as GOV.UK advises over a
 * tooltip). A real button, named by the question, shows the term so the name holds what is seen
 * (WCAG 2.5.3). Its explanation is written into a polite live region only when pressed, so it is
 * read out then and never before; pressing again, Escape or pressing anywhere else closes it.
 * `id` is unique in the element: a card's tip and the question's tip for the same term differ.
 */
export function toggletip(popups: Popups, l: Localizer, id: string, term: TermId): TemplateResult {
  const open = popups.tip === id;
  const name = l.t(`tip.term.${term}`);
  return html`<span class="tip">
    <button
      type="button"
      class="tip-button"
      aria-label=${l.t('tip.ask', { term: name })}
      aria-expanded=${open ? 'true' : 'false'}
      data-tip=${id}
      @click=${() => popups.toggleTip(id)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        popups.closeTip();
      }}
    >
      <span>${name}</span><span class="tip-mark" aria-hidden="true">?</span>
    </button>
    <span class="tip-live" role="status"
      >${
        open
          ? html`<span
              class="tip-bubble"
              ${floatBeside(
                (bubble) => bubble.closest('.tip')?.querySelector('.tip-button'),
                () => popups.closeTip(),
              )}
              >${l.t(`tip.mean.${term}`)}</span
            >`
          : nothing
      }</span
    >
  </span>`;
}

/** A row of toggletips for the terms met in one place: "What these words mean: referral ? GP ?". */
export function toggletips(popups: Popups, l: Localizer, idPrefix: string, terms: readonly TermId[]): TemplateResult {
  if (!terms.length) return html``;
  return html`<p class="tips">
    <span class="tips-label">${l.t('tip.words')}</span>
    ${terms.map((term) => toggletip(popups, l, `${idPrefix}-${term}`, term))}
  </p>`;
}
