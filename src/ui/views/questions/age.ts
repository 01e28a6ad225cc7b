import { html, nothing, type TemplateResult } from 'lit';
import { questionLegend } from './legend.ts';
import type { QuestionProps } from './props.ts';

export function ageQuestion(p: QuestionProps): TemplateResult {
  const { l, journey } = p;
  const error = journey.screen === 'age' ? journey.error : undefined;
  const value = journey.drafts.age ?? (journey.answers.age === undefined ? '' : String(journey.answers.age));
  return html`<fieldset>
    ${questionLegend('age', p)}
    <div class="field">
      <label for="age">${l.t('age.label')}</label>
      <span class="hint" id="age-hint">${l.t('age.hint')}</span>
      ${error ? html`<span class="error" id="age-error">${l.t(error)}</span>` : nothing}
      <input
        id="age"
        class="text-input short"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        maxlength="2"
        aria-describedby=${error ? 'age-hint age-error' : 'age-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${value}
        @input=${(e: Event) => p.dispatch({ type: 'draft', value: (e.target as HTMLInputElement).value })}
      />
    </div>
  </fieldset>`;
}
