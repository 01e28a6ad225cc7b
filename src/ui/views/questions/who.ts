import { html, type TemplateResult } from 'lit';
import { SEEKERS } from '../../../match/answers.ts';
import { choice } from '../../parts/choice.ts';
import { questionLegend } from './legend.ts';
import type { QuestionProps } from './props.ts';

export function whoQuestion(p: QuestionProps): TemplateResult {
  return html`<fieldset>
    ${questionLegend('who', p)}
    <div class="choices">
      ${SEEKERS.map((seeker) =>
        choice({
          type: 'radio',
          name: 'who',
          value: seeker,
          checked: p.journey.answers.seeker === seeker,
          label: p.l.t(`who.${seeker}`),
          onChange: () => p.dispatch({ type: 'answer', set: { seeker } }),
        }),
      )}
    </div>
  </fieldset>`;
}
