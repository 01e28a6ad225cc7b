import type { Area, Topic } from '../feed/schema.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import { topicName } from '../i18n/topic-names.ts';
import { readerLabel } from '../journey/now-labels.ts';
import { labelFor, stepDefinition, type StepId } from '../journey/steps.ts';
import type { Answers } from '../match/answers.ts';

/** What the answers are turned into words with. */
export interface AnswerWords {
  l: Localizer;
  langs: readonly string[];
  answers: Answers;
  topics: ReadonlyMap<string, Topic>;
  areas: ReadonlyMap<string, Area>;
}

function topicNames({ l, langs, answers: a, topics }: AnswerWords): string[] {
  return a.topics.map((id) => {
    const topic = topics.get(id);
    return topic ? topicName(topic, l, langs, a.seeker).text : id;
  });
}

/**
 * One question's answer in words, a line each, or none when it was skipped: "Check your answers"
 * and "My summary" both show it so. The feed's topics and areas read by their names, the person's
 * own words as their own, how they would like support as a list; any other answer by its kind: a
 * choice by its message (`<step>.<value>`, in the reader's words where `LABELS_BY_READER` has
 * them), yes or no by `<step>.yes` and `<step>.no`, a number as a number. So a new question whose
 * answers are of those kinds reads back with no change here.
 */
export function answerWords(step: StepId, words: AnswerWords): string[] {
  const { l, answers: a } = words;
  const lines: string[] = [];
  if (step === 'topics') {
    if (a.topics.length) lines.push(l.list(topicNames(words)));
    if (a.query?.trim()) lines.push(l.t('check.words', { words: a.query.trim() }));
  } else if (step === 'how') {
    const how = a.delivery.map((d) => l.t(`how.${d}`));
    if (a.selfReferralOnly) how.push(l.t(labelFor('summary.selfOnly', a.seeker)));
    if (how.length) lines.push(l.list(how));
  } else if (step === 'where') {
    const area = a.area ? words.areas.get(a.area) : undefined;
    const place = [area ? pickText(area.name, words.langs).text : '', a.postcode ?? ''].filter(Boolean).join(', ');
    if (place || a.near) lines.push(place || l.t('where.nearMeFoundNoArea'));
  } else {
    // A message named by the step and the value: the catalogs hold one for every value offered.
    const say = (value: string) => l.t(readerLabel(`${step}.${value}` as MessageKey, a.seeker));
    const parts = stepDefinition(step).sets.flatMap((key): string[] => {
      const value = a[key];
      if (typeof value === 'number') return [l.number(value)];
      if (typeof value === 'string') return [say(value)];
      if (Array.isArray(value)) return value.map((v) => say(v));
      return typeof value === 'boolean' ? [say(value ? 'yes' : 'no')] : [];
    });
    if (parts.length) lines.push(l.list(parts));
  }
  return lines;
}
