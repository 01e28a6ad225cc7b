import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttr, pickText } from '../../i18n/text.ts';
import { savedLines, summaryRows, summaryText, urgentLines, type SummaryInput } from '../../summary/summary.ts';
import { heading } from '../parts/heading.ts';

export interface SummaryView {
  input: SummaryInput;
  level: number;
  onNote: (note: string) => void;
  onRemove: (id: string) => void;
  onPrint: () => void;
  onCopy: (text: string) => void;
  onClear: () => void;
}

/** The id of a saved service's Remove button, which takes focus when the one before it goes. */
export const removeButtonId = (serviceId: string): string => `remove-${serviceId}`;

/**
 * "My summary": the person's answers, their own words and the services they saved, to show a
 * trusted adult or a service so they tell their story once. Printable (the print styles hide the
 * rest of the finder) and copyable as plain text.
 */
export function summaryView(v: SummaryView): TemplateResult {
  const { l, langs } = v.input;
  const rows = summaryRows(v.input);
  const text = summaryText(v.input);
  return html`<section class="results summary" aria-labelledby="step-heading">
    ${heading(v.level, l.t('summary.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <p class="no-print">${l.t('summary.intro')}</p>
    <p class="notice no-print">${l.t('summary.private')}</p>
    <p class="print-only">${l.t('summary.made', { date: l.date(v.input.today.toISOString().slice(0, 10)) })}</p>
    ${heading(v.level + 1, l.t('summary.about'), { cls: 'subheading' })}
    ${
      rows.length
        ? html`<dl class="answers">
            ${rows.map(
              (r) =>
                html`<dt>${r.label}</dt>
                  <dd dir="auto">${r.lines.map((line, i) => html`${i ? html`<br />` : ''}${line}`)}</dd>`,
            )}
          </dl>`
        : html`<p>${l.t('summary.noAnswers')}</p>`
    }
    <div class="field wide">
      <label for="note">${l.t('summary.note')}</label>
      <span class="hint no-print" id="note-hint">${l.t('summary.noteHint')}</span>
      <textarea
        id="note"
        class="text-input note"
        rows="4"
        dir="auto"
        aria-describedby="note-hint"
        .value=${v.input.note}
        @input=${(e: Event) => v.onNote((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="print-only note-print" dir="auto">${v.input.note}</p>
    </div>
    ${heading(v.level + 1, l.t('summary.saved'), { id: 'saved-heading', cls: 'subheading', focusable: true })}
    ${
      v.input.saved.length
        ? html`<ul class="saved">
            ${v.input.saved.map((s) => {
              const name = pickText(s.name, langs);
              return html`<li>
                <strong lang=${ifDefined(langAttr(name.lang, l.lang))} dir="auto">${name.text}</strong>
                ${savedLines(v.input, s).map((line) => html`<br /><span dir="auto">${line}</span>`)}
                <br /><button
                  type="button"
                  id=${removeButtonId(s.id)}
                  class="button link no-print"
                  @click=${() => v.onRemove(s.id)}
                >
                  ${l.t('summary.remove')}<span class="visually-hidden">: ${name.text}</span>
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p>${l.t('summary.noneSaved')}</p>`
    }
    ${urgentPrint(v)}
    <div class="nav no-print">
      <button type="button" class="button primary" @click=${v.onPrint}>${l.t('summary.print')}</button>
      <button type="button" class="button" @click=${() => v.onCopy(text)}>${l.t('summary.copy')}</button>
      <span class="spacer"></span>
      <button type="button" class="button link" @click=${v.onClear}>${l.t('summary.clear')}</button>
    </div>
    <details class="more no-print">
      <summary>${l.t('summary.text')}</summary>
      <pre class="summary-text" dir="auto">${text}</pre>
    </details>
    ${nothing}
  </section>`;
}

/**
 * Urgent contacts on paper only: on screen the urgent-help panel is always there, but a printed
 * summary travels without it, and whoever holds it may need help before any saved service opens.
 */
function urgentPrint(v: SummaryView): TemplateResult | typeof nothing {
  const { l, langs, urgent } = v.input;
  if (!urgent.length) return nothing;
  return html`<section class="print-only urgent-print" aria-labelledby="urgent-print-heading">
    ${heading(v.level + 1, l.t('summary.urgent'), { id: 'urgent-print-heading', cls: 'subheading' })}
    <p>${l.t('urgent.lead')}</p>
    <ul class="saved">
      ${urgent.map((c) => {
        const name = pickText(c.name, langs);
        return html`<li>
          <strong lang=${ifDefined(langAttr(name.lang, l.lang))} dir="auto">${name.text}</strong>
          ${urgentLines(l, c).map((line) => html`<br /><span dir="auto">${line}</span>`)}
        </li>`;
      })}
    </ul>
  </section>`;
}
