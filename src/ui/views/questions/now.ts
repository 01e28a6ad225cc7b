import { html, nothing, type TemplateResult } from 'lit';
import { HELP_WHEN, nowLabel } from '../../../journey/now-labels.ts';
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
      ${HELP_WHEN.map((when) =>
        choice({
          type: 'radio',
          name: 'now',
          checked: urgentNow === when,
          label: l.t(nowLabel(when, p.journey.answers.seeker)),
          onChange: () => p.onUrgentNow(when),
        }),
      )}
    </div>
    ${urgentNow === true ? urgentPrompt(l, l.t('now.yesLead'), p.onShowUrgent) : nothing}
  </fieldset>`;
}
