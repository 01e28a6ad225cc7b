import type { Area, Service, Topic } from '../feed/schema.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import { topicName } from '../i18n/topic-names.ts';
import type { Answers } from '../match/answers.ts';

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
}

export interface SummaryRow {
  label: string;
  value: string;
}

/** The person's answers as label and value, in the order they gave them; skipped ones left out. */
export function summaryRows({ l, langs, answers: a, topics, areas }: SummaryInput): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, langs).text;
  if (a.seeker) rows.push({ label: l.t('summary.who'), value: l.t(`who.${a.seeker}`) });
  if (a.age !== undefined) rows.push({ label: l.t('summary.age'), value: l.number(a.age) });
  if (a.topics.length) {
    const names = a.topics.map((id) => {
      const topic = topics.get(id);
      return topic ? topicName(topic, l, langs).text : id;
    });
    rows.push({ label: l.t('summary.topics'), value: l.list(names) });
  }
  if (a.query?.trim()) rows.push({ label: l.t('summary.words'), value: a.query.trim() });
  if (a.urgentNow !== undefined) {
    rows.push({ label: l.t('summary.now'), value: l.t(a.urgentNow ? 'summary.yes' : 'summary.no') });
  }
  const how = a.delivery.map((d) => l.t(`how.${d}`));
  if (a.selfReferralOnly) how.push(l.t('summary.selfOnly'));
  if (how.length) rows.push({ label: l.t('summary.how'), value: l.list(how) });
  const area = a.area ? areas.get(a.area) : undefined;
  if (area || a.postcode) {
    rows.push({
      label: l.t('summary.where'),
      value: [area ? text(area.name) : '', a.postcode ?? ''].filter(Boolean).join(', '),
    });
  }
  return rows;
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
    for (const row of rows) out.push(`- ${row.label}: ${row.value}`);
    out.push('');
  }
  if (input.note.trim()) {
    out.push(l.t('summary.note'), input.note.trim(), '');
  }
  if (input.saved.length) {
    out.push(l.t('summary.saved'));
    for (const service of input.saved) {
      out.push(`- ${pickText(service.name, langs).text}`);
      for (const line of contactLines(l, service)) out.push(`  ${line}`);
    }
  }
  return `${out.join('\n').trim()}\n`;
}
