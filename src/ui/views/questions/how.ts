import { html, type TemplateResult } from 'lit';
import { DELIVERY_PREFERENCES } from '../../../match/answers.ts';
import { labelFor } from '../../../journey/steps.ts';
import { choice } from '../../parts/choice.ts';
import { toggletips } from '../../parts/toggletip.ts';
import { questionHint, questionLegend } from './legend.ts';
import type { QuestionProps } from './props.ts';

export function howQuestion(p: QuestionProps): TemplateResult {
  const { l } = p;
  const a = p.journey.answers;
  return html`<fieldset>
    ${questionLegend('how', p)}
    <p class="hint">${questionHint('how', p)}</p>
    <div class="choices">
      ${DELIVERY_PREFERENCES.map((d) =>
        choice({
          type: 'checkbox',
          checked: a.delivery.includes(d),
          label: l.t(`how.${d}`),
          onChange: (on) =>
            p.dispatch({
              type: 'answer',
              set: { delivery: on ? [...new Set([...a.delivery, d])] : a.delivery.filter((x) => x !== d) },
            }),
        }),
      )}
      ${choice({
        type: 'checkbox',
        checked: a.selfReferralOnly === true,
        label: l.t(labelFor('how.self', a.seeker)),
        onChange: (on) => p.dispatch({ type: 'answer', set: { selfReferralOnly: on } }),
      })}
    </div>
    ${toggletips(p.popups, l, 'tip-how', ['self-referral'])}
  </fieldset>`;
}
