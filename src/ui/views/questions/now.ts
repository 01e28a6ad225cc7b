import { html, nothing, type TemplateResult } from 'lit';
import { labelFor } from '../../../journey/steps.ts';
import { choice } from '../../parts/choice.ts';
import { urgentPrompt } from '../../parts/urgent-prompt.ts';
import { questionLegend } from './legend.ts';
import type { QuestionProps } from './props.ts';

export function nowQuestion(p: QuestionProps): TemplateResult {
  const { l } = p;
  const urgentNow = p.journey.answers.urgentNow;
  return html`<fieldset>
    ${questionLegend('now', p)}
    <div class="choices">
      ${([true, false] as const).map((yes) =>
        choice({
          type: 'radio',
          name: 'now',
          checked: urgentNow === yes,
          label: l.t(labelFor(yes ? 'now.yes' : 'now.no', p.journey.answers.seeker)),
          onChange: () => p.onUrgentNow(yes),
        }),
      )}
    </div>
    ${urgentNow ? urgentPrompt(l, l.t('now.yesLead'), p.onShowUrgent) : nothing}
  </fieldset>`;
}
