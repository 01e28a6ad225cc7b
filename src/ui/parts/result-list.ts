import { html, nothing, type TemplateResult } from 'lit';
import type { Result } from '../../match/match.ts';

/** Results, or any list that makes them page by page (browse makes only the shown ones). */
export interface Results {
  readonly length: number;
  slice(start?: number, end?: number): Result[];
}
import { serviceCard, type CardContext } from './service-card.ts';

export { PAGE_SIZE } from './page-size.ts';

export function resultList(results: Results, ctx: CardContext, limit: number, onMore: () => void): TemplateResult {
  const shown = results.slice(0, limit);
  const left = results.length - shown.length;
  return html`<ul class="cards">
      ${shown.map((r) => serviceCard(r, ctx))}
    </ul>
    ${
      left > 0
        ? html`<div class="nav">
            <button type="button" class="button" @click=${onMore}>${ctx.l.t('list.more', { count: left })}</button>
          </div>`
        : nothing
    }`;
}
