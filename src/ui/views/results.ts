import { html, nothing, type TemplateResult } from 'lit';
import { labelFor } from '../../journey/steps.ts';
import type { MatchOutcome } from '../../match/match.ts';
import { unusedPlace } from '../../match/place.ts';
import { ageBridgeNotice } from '../parts/age-bridge-line.ts';
import { heading } from '../parts/heading.ts';
import { resultList } from '../parts/result-list.ts';
import { withWaits } from '../parts/wait-line.ts';
import type { ScreenContext } from './context.ts';

/** Below this age the young person is told, gently, that they can bring an adult they trust. */
const TRUSTED_ADULT_BELOW = 16;

/**
 * The guided journey's results: help for the young person, then (for an adult or a friend asking)
 * help for the one asking, each with its own heading in their words, and what was widened to
 * avoid an empty page.
 */
export function resultsView(ctx: ScreenContext, outcome: MatchOutcome): TemplateResult {
  const { l, session } = ctx;
  const card = withWaits(ctx);
  const p = {
    level: ctx.level,
    list: ctx.list,
    onChangeAnswers: () => session.dispatch({ type: 'goTo', screen: 'check' }),
    onStartAgain: () => session.dispatch({ type: 'startAgain' }),
  };
  const forThem = outcome.results.filter((r) => !r.forHelper);
  const forYou = outcome.results.filter((r) => r.forHelper);
  const { seeker, age } = session.journey.answers;
  const friend = seeker === 'friend';
  const both = (forYou.length > 0 || friend) && forThem.length > 0;
  const unused = unusedPlace(session.journey.answers, ctx.prepared.areasById);
  const youngAndAlone = (seeker === undefined || seeker === 'me') && age !== undefined && age < TRUSTED_ADULT_BELOW;
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
    ${
      unused
        ? html`<p class="notice">${l.t(unused === 'postcode' ? 'results.postcodeNotUsed' : 'results.areaNotUsed')}</p>`
        : nothing
    }
    ${youngAndAlone ? html`<p class="notice">${l.t('results.trustedAdult')}</p>` : nothing}
    ${ageBridgeNotice(forThem, l)}
    <div class="nav">
      <button type="button" class="button" @click=${p.onChangeAnswers}>${l.t('results.edit')}</button>
      <button type="button" class="button link" @click=${p.onStartAgain}>${l.t('step.startOver')}</button>
    </div>
    ${both ? heading(p.level + 1, l.t(labelFor('results.forThem', seeker)), { cls: 'subheading' }) : nothing}
    ${resultList(forThem, { ...card, level: both ? card.level + 1 : card.level }, p.list, 'them')}
    ${
      forYou.length || friend
        ? html`${heading(p.level + 1, l.t(labelFor('results.forYou', seeker)), { cls: 'subheading' })}
          ${friend ? html`<p>${l.t('results.friendSelf')}</p>` : nothing}
          ${outcome.helperWidened.length ? html`<p class="notice">${l.t('results.helperWidened')}</p>` : nothing}
          ${
            forYou.length
              ? resultList(forYou, { ...card, level: forThem.length ? card.level + 1 : card.level }, p.list, 'you')
              : nothing
          }`
        : nothing
    }
  </section>`;
}
