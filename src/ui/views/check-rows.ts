import { html, type TemplateResult } from 'lit';
import { STEP_IDS, stepDefinition, wordingFor } from '../../journey/steps.ts';
import { answerWords } from '../../summary/answer-words.ts';
import type { ScreenContext } from './context.ts';

/**
 * The rows of "Check your answers": every question in the reader's words with what they chose,
 * and a Change button (named for its question) that goes there and comes back afterwards.
 */
export function checkRows(ctx: ScreenContext): TemplateResult {
  const { l, langs, prepared, session } = ctx;
  const { answers } = session.journey;
  const words = { l, langs, answers, topics: prepared.topicsById, areas: prepared.areasById };
  return html`<dl class="check-list">
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
            @click=${() => session.dispatch({ type: 'goTo', screen: step, returnTo: 'check' })}
          >
            ${l.t('check.change')}<span class="visually-hidden"> ${question}</span>
          </button>
        </dd>
      </div>`;
    })}
  </dl>`;
}
