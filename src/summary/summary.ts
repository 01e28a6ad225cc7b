import type { Area, Service, Topic, UrgentContact } from '../feed/schema.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import { labelFor, STEP_IDS } from '../journey/steps.ts';
import type { Answers } from '../match/answers.ts';
import { answerWords, type AnswerWords } from './answer-words.ts';
import { referralLine } from './stated-words.ts';

/** Everything "My summary" shows. Built fresh from memory each time; never stored. */
export interface SummaryInput {
  l: Localizer;
  langs: readonly string[];
  answers: Answers;
  note: string;
  saved: readonly Service[];
  topics: ReadonlyMap<string, Topic>;
  areas: ReadonlyMap<string, Area>;
  today: Date;
  /** Who to call in a crisis: printed and copied with the summary, so they go wherever it goes. */
  urgent: readonly UrgentContact[];
}

/** One answered question in "My summary": what it is called there, and the answer's lines. */
export interface SummaryRow {
  label: string;
  lines: string[];
}

/** The person's answers as "My summary" shows them, question by question; skipped ones left out. */
export function summaryRows(input: AnswerWords): SummaryRow[] {
  const { l, answers: a } = input;
  return STEP_IDS.flatMap((step) => {
    const lines = answerWords(step, input);
    return lines.length ? [{ label: l.t(labelFor(`summary.${step}`, a.seeker)), lines }] : [];
  });
}

/** How to reach an urgent contact, as plain lines ("Call 999", "Text SHOUT to 85258"). */
export function urgentLines(l: Localizer, contact: UrgentContact): string[] {
  const lines: string[] = [];
  if (contact.phone) lines.push(l.t('card.call', { number: contact.phone }));
  if (contact.sms) {
    lines.push(
      contact.smsBody
        ? l.t('urgent.text', { body: contact.smsBody, number: contact.sms })
        : l.t('card.text', { number: contact.sms }),
    );
  }
  if (contact.web && lines.length === 0) lines.push(contact.web);
  return lines;
}

/** How to reach a saved service, as plain lines. */
export function contactLines(l: Localizer, service: Service): string[] {
  const c = service.contact;
  const lines: string[] = [];
  if (c.phone) lines.push(l.t('card.call', { number: c.phone }));
  if (c.sms)
    lines.push(
      c.smsBody ? l.t('urgent.text', { body: c.smsBody, number: c.sms }) : l.t('card.text', { number: c.sms }),
    );
  if (c.email) lines.push(l.t('card.email', { address: c.email }));
  if (c.web) lines.push(c.web);
  if (c.form && c.form !== c.web) lines.push(c.form);
  return lines;
}

/**
 * What My summary says under a saved service: whether they can contact it themselves (or, when
 * the feed does not know, to ask), then how to reach it.
 */
export function savedLines({ l, answers }: Pick<SummaryInput, 'l' | 'answers'>, service: Service): string[] {
  const helper = answers.seeker !== undefined && answers.seeker !== 'me';
  return [referralLine(l, service, helper), ...contactLines(l, service)];
}

/**
 * The summary as plain text, to paste into a message, an email or a note: the person tells their
 * story once and can show it to whoever they choose.
 */
export function summaryText(input: SummaryInput): string {
  const { l, langs } = input;
  const out: string[] = [
    l.t('summary.heading'),
    l.t('summary.made', { date: l.date(input.today.toISOString().slice(0, 10)) }),
    '',
  ];
  const rows = summaryRows(input);
  if (rows.length) {
    out.push(l.t('summary.about'));
    for (const { label, lines } of rows) out.push(`- ${label}: ${lines.join('\n  ')}`);
    out.push('');
  }
  if (input.note.trim()) {
    out.push(l.t('summary.note'), input.note.trim(), '');
  }
  if (input.saved.length) {
    out.push(l.t('summary.saved'));
    for (const service of input.saved) {
      out.push(`- ${pickText(service.name, langs).text}`);
      for (const line of savedLines(input, service)) out.push(`  ${line}`);
    }
    out.push('');
  }
  if (input.urgent.length) {
    out.push(l.t('summary.urgent'), l.t('urgent.lead'));
    for (const contact of input.urgent) {
      out.push(`- ${pickText(contact.name, langs).text}: ${urgentLines(l, contact).join(', ')}`);
    }
  }
  return `${out.join('\n').trim()}\n`;
}
