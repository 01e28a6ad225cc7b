import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { Result } from '../../match/match.ts';

/** Results, or any list that makes them page by page (browse makes only the shown ones). */
export interface Results {
  readonly length: number;
  slice(start?: number, end?: number): Result[];
}
import { serviceCard, type CardContext } from './service-card.ts';

export { PAGE_SIZE } from './page-size.ts';

/**
 * A list of cards and its "Show more". `onMore` is given a selector for the first card it adds,
 * so focus can go there rather than fall to the page when the button goes (WCAG 2.4.3). `list`
 * tells two lists on one screen apart. Only the first `drawn` of the shown cards are drawn in this
 * update, when the rest follow in the next ones (see `FIRST_CARDS`).
 */
export function resultList(
  results: Results,
  ctx: CardContext,
  limit: number,
  onMore: (firstNew: string) => void,
  list = 'main',
  drawn = limit,
): TemplateResult {
  const shown = Math.min(limit, results.length);
  const left = results.length - shown;
  const firstNew = `ul[data-list="${list}"] > li:nth-child(${shown + 1}) [role=heading]`;
  const cards: (TemplateResult | typeof noChange)[] = results
    .slice(0, Math.min(shown, drawn))
    .map((r) => serviceCard(r, ctx));
  // The cards after the first `drawn` keep what they showed until the next update draws them.
  while (cards.length < shown) cards.push(noChange);
  return html`<ul class="cards" data-list=${list}>
      ${cards}
    </ul>
    ${
      left > 0
        ? html`<div class="nav">
            <button type="button" class="button" @click=${() => onMore(firstNew)}>
              ${ctx.l.t('list.more', { count: left })}
            </button>
          </div>`
        : nothing
    }`;
}
