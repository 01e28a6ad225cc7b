import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { Result } from '../../match/match.ts';
import type { ListPage } from '../views/context.ts';
import { serviceCard, type CardContext } from './service-card.ts';

/** Results, or any list that makes them page by page (browse makes only the shown ones). */
export interface Results {
  readonly length: number;
  slice(start?: number, end?: number): Result[];
}

export { PAGE_SIZE } from './page-size.ts';

/**
 * A list of cards and its "Show more", which gives focus to the first card it adds rather than let
 * it fall to the page when the button goes (WCAG 2.4.3). `list` tells two lists on one screen
 * apart. Of the `page.limit` cards shown, the first `page.drawn` are drawn in this update; the
 * others keep what they showed until the next one draws them, and the list says it is waiting
 * (see `ListController`).
 */
export function resultList(results: Results, ctx: CardContext, page: ListPage, list = 'main'): TemplateResult {
  const shown = Math.min(page.limit, results.length);
  const left = results.length - shown;
  const firstNew = (root: ParentNode) =>
    root.querySelector(`ul[data-list="${list}"] > li:nth-child(${shown + 1}) [role=heading]`);
  const cards: (TemplateResult | typeof noChange)[] = results
    .slice(0, Math.min(shown, page.drawn))
    .map((r) => serviceCard(r, ctx));
  const waiting = cards.length < shown;
  while (cards.length < shown) cards.push(noChange);
  return html`<ul class="cards" data-list=${list} ?data-waiting=${waiting}>
      ${cards}
    </ul>
    ${
      left > 0
        ? html`<div class="nav">
            <button type="button" class="button" @click=${() => page.onMore(firstNew)}>
              ${ctx.l.t('list.more', { count: left })}
            </button>
          </div>`
        : nothing
    }`;
}
