import { html, type TemplateResult } from 'lit';
import { STEP_IDS, stepDefinition, wordingFor } from '../../journey/steps.ts';
import { answerWords } from '../../summary/summary.ts';
import { heading } from '../parts/heading.ts';
import type { ScreenContext } from './context.ts';

/**
 * "Check your answers" (the GOV.UK pattern): every question in the reader's words with what they
 * chose, and a Change button that goes to that question and comes back here afterwards.
 */
export function checkView(ctx: ScreenContext): TemplateResult {
  const { l, langs, prepared, session } = ctx;
  const { answers } = session.journey;
  const words = { l, langs, answers, topics: prepared.topicsById, areas: prepared.areasById };
  return html`<section class="check" aria-labelledby="step-heading">
    ${heading(ctx.level, l.t('check.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <p>${l.t('check.intro')}</p>
    <dl class="check-list">
      ${STEP_IDS.map((step) => {
        const question = l.t(wordingFor(stepDefinition(step).heading, answers.seeker));
        const value = answerWords(step, words);
        return html`<div class="check-row">
          <dt>${question}</dt>
          <dd dir="auto">
            ${value.length ? value.map((line, i) => html`${i ? html`<br />` : ''}${line}`) : l.t('check.notAnswered')}
          </dd>
          <dd>
            <button
              type="button"
              class="button link"
              data-step=${step}
              @click=${() => session.dispatch({ type: 'goTo', screen: step, returnTo: 'check' })}
            >
              ${l.t('check.change')}<span class="visually-hidden"> ${question}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <div class="nav">
      <button type="button" class="button" @click=${() => session.dispatch({ type: 'back' })}>
        ${l.t('step.back')}
      </button>
      <button type="button" class="button primary" @click=${() => session.dispatch({ type: 'next' })}>
        ${l.t('step.results')}
      </button>
    </div>
  </section>`;
}
