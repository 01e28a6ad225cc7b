import { html, type TemplateResult } from 'lit';
import { stepDefinition, wordingFor, type StepId } from '../../../journey/steps.ts';
import { heading } from '../../parts/heading.ts';
import type { QuestionProps } from './props.ts';

/** The question as the fieldset's legend, worded for whoever is asking, and focusable on arrival. */
export function questionLegend(step: StepId, p: QuestionProps): TemplateResult {
  const text = p.l.t(wordingFor(stepDefinition(step).heading, p.journey.answers.seeker));
  return html`<legend>${heading(p.level, text, { id: 'step-heading', cls: 'question', focusable: true })}</legend>`;
}

/** The step's hint, if it has one, worded for whoever is asking. */
export function questionHint(step: StepId, p: QuestionProps): string | undefined {
  const hint = stepDefinition(step).hint;
  return hint ? p.l.t(wordingFor(hint, p.journey.answers.seeker)) : undefined;
}
