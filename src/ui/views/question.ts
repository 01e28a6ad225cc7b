import { html, nothing, type TemplateResult } from 'lit';
import { STEP_IDS, type StepId } from '../../journey/steps.ts';
import { questionLegend } from './questions/legend.ts';
import type { QuestionProps } from './questions/props.ts';

/**
 * One question of the guided journey: progress, the question itself, and Back, Next and Skip.
 * A native form, so Enter in a text box moves on as people expect.
 */
export function questionView(step: StepId, p: QuestionProps, question: TemplateResult): TemplateResult {
  const { l } = p;
  const index = STEP_IDS.indexOf(step);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    p.dispatch({ type: 'next' });
  };
  return html`<form class="step" @submit=${onSubmit} novalidate>
    <div class="progress">
      <span>${l.t('step.progress', { step: index + 1, total: STEP_IDS.length })}</span>
      <!-- A native bar, not a width in a style attribute: strict CSPs block style attributes. -->
      <progress class="progress-bar" aria-hidden="true" max=${STEP_IDS.length} .value=${index + 1}></progress>
    </div>
    ${index === 0 ? html`<p>${l.t('finder.intro')}</p>` : nothing} ${question}
    <div class="nav">
      ${
        index > 0
          ? html`<button type="button" class="button" @click=${() => p.dispatch({ type: 'back' })}>
              ${l.t('step.back')}
            </button>`
          : nothing
      }
      <!-- After the last question comes "Check your answers", so every question moves on with Next. -->
      <button type="submit" class="button primary">${l.t('step.next')}</button>
      <span class="spacer"></span>
      <button type="button" class="button link" @click=${() => p.dispatch({ type: 'skip' })}>
        ${l.t('step.skip')}
      </button>
    </div>
  </form>`;
}

/**
 * A question built from the feed, reached before the feed is ready: its heading, focused on
 * arrival as on any step, and `status` in place of the answers ("Loading…", or what failed).
 */
export function pendingQuestion(step: StepId, p: QuestionProps, status: TemplateResult): TemplateResult {
  return html`<fieldset>${questionLegend(step, p)} ${status}</fieldset>`;
}
