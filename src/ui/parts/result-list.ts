import { html, nothing, type TemplateResult } from 'lit';
import type { Result } from '../../match/match.ts';
import { serviceCard, type CardContext } from './service-card.ts';

export { PAGE_SIZE } from './page-size.ts';

/**
 * A list of cards and its "Show more". `onMore` is given a selector for the first card it adds,
 * so focus can go there rather than fall to the page when the button goes (WCAG 2.4.3). `list`
 * tells two lists on one screen apart.
 */
export function resultList(
  results: readonly Result[],
  ctx: CardContext,
  limit: number,
  onMore: (firstNew: string) => void,
  list = 'main',
): TemplateResult {
  const shown = results.slice(0, limit);
  const left = results.length - shown.length;
  const firstNew = `ul[data-list="${list}"] > li:nth-child(${shown.length + 1}) [role=heading]`;
  return html`<ul class="cards" data-list=${list}>
      ${shown.map((r) => serviceCard(r, ctx))}
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
