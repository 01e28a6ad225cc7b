import { html, type TemplateResult } from 'lit';
import { heading } from '../parts/heading.ts';
import type { ScreenContext } from './context.ts';

/**
 * "Check your answers" (the GOV.UK pattern), between the last question and the results: the
 * heading, the rows (`check-rows.ts`), and Back and Show results.
 */
export function checkView(ctx: ScreenContext, rows: TemplateResult): TemplateResult {
  const { l, session } = ctx;
  return html`<section class="check" aria-labelledby="step-heading">
    ${heading(ctx.level, l.t('check.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <p>${l.t('check.intro')}</p>
    ${rows}
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
