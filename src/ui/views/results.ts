import { html, nothing, type TemplateResult } from 'lit';
import type { MatchOutcome } from '../../match/match.ts';
import { heading } from '../parts/heading.ts';
import { resultList } from '../parts/result-list.ts';
import type { ScreenContext } from './context.ts';

/**
 * The guided journey's results: help for the young person, then (for an adult asking) help for
 * the adult, each with its own heading, and what was widened to avoid an empty page.
 */
export function resultsView(ctx: ScreenContext, outcome: MatchOutcome): TemplateResult {
  const { l, card, session } = ctx;
  const p = {
    level: ctx.level,
    limit: session.listLimit,
    onMore: (firstNew: string) => session.showMore(firstNew),
    onChangeAnswers: () => session.dispatch({ type: 'back' }),
    onStartAgain: () => session.dispatch({ type: 'startAgain' }),
  };
  const forThem = outcome.results.filter((r) => !r.forHelper);
  const forYou = outcome.results.filter((r) => r.forHelper);
  const both = forYou.length > 0 && forThem.length > 0;
  return html`<section class="results" aria-labelledby="step-heading">
    ${heading(p.level, l.t('results.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <p>${l.t('results.count', { count: outcome.results.length })}</p>
    ${outcome.results.length === 0 ? html`<p class="notice">${l.t('results.none')}</p>` : nothing}
    ${
      outcome.widened.length
        ? html`<p class="notice">
            ${l.t('results.widened', { what: l.list(outcome.widened.map((w) => l.t(`results.widen.${w}`))) })}
          </p>`
        : nothing
    }
    <div class="nav">
      <button type="button" class="button" @click=${p.onChangeAnswers}>${l.t('results.edit')}</button>
      <button type="button" class="button link" @click=${p.onStartAgain}>${l.t('step.startOver')}</button>
    </div>
    ${both ? heading(p.level + 1, l.t('results.forThem'), { cls: 'subheading' }) : nothing}
    ${resultList(forThem, { ...card, level: both ? card.level + 1 : card.level }, p.limit, p.onMore, 'them')}
    ${
      forYou.length
        ? html`${heading(p.level + 1, l.t('results.forYou'), { cls: 'subheading' })}
          ${outcome.helperWidened.length ? html`<p class="notice">${l.t('results.helperWidened')}</p>` : nothing}
          ${resultList(forYou, { ...card, level: forThem.length ? card.level + 1 : card.level }, p.limit, p.onMore, 'you')}`
        : nothing
    }
  </section>`;
}
