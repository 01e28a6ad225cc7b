import type { Area, Service, Topic, UrgentContact } from '../feed/schema.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import { labelFor, STEP_IDS } from '../journey/steps.ts';
import type { Answers } from '../match/answers.ts';
import { answerWords, type AnswerWords } from './answer-words.ts';
import { savedAgeLine } from './age-words.ts';
import { whileYouWait } from '../match/wait.ts';
import { referralLine } from './stated-words.ts';
import { waitWords, type WaitClock } from './wait-words.ts';

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
  /**
   * The feed's services: what carries on after a saved service's age limit (see age-words.ts) and
   * what can help while waiting for one (see match/wait.ts).
   */
  services?: readonly Service[];
  /** How waits are worded: today, and how old a wait may be before it may be out of date. */
  waits?: WaitClock | undefined;
}

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
 * the feed does not know, to ask), how to reach it, what happens at its age limit when the person
 * is near it, then its usual wait when the feed says and, for a long one, what can help in the
 * meantime, so whoever reads it sees both.
 */
export function savedLines(
  { l, langs, answers, services, waits }: Pick<SummaryInput, 'l' | 'langs' | 'answers' | 'services' | 'waits'>,
  service: Service,
): string[] {
  const helper = answers.seeker !== undefined && answers.seeker !== 'me';
  const lines = [referralLine(l, service, helper), ...contactLines(l, service)];
  const age = services ? savedAgeLine(l, langs, answers, services, service) : undefined;
  if (age) lines.push(age);
  const wait = waits && waitWords(l, service, waits);
  if (wait) lines.push(wait);
  const meantime = waits && services ? whileYouWait(service, services, answers) : [];
  if (meantime.length) {
    lines.push(l.t('summary.meantime', { list: l.list(meantime.map((s) => pickText(s.name, langs).text)) }));
  }
  return lines;
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
