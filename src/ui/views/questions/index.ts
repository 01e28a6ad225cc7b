import type { TemplateResult } from 'lit';
import type { StepId } from '../../../journey/steps.ts';
import { ageQuestion } from './age.ts';
import { howQuestion } from './how.ts';
import { nowQuestion } from './now.ts';
import type { QuestionProps } from './props.ts';
import { topicsQuestion } from './topics.ts';
import { whereQuestion } from './where.ts';
import { whoQuestion } from './who.ts';

/** The view of each step in the registry; a step without a view does not type-check. */
export const QUESTION_VIEWS: Record<StepId, (p: QuestionProps) => TemplateResult> = {
  who: whoQuestion,
  age: ageQuestion,
  topics: topicsQuestion,
  now: nowQuestion,
  how: howQuestion,
  where: whereQuestion,
};
