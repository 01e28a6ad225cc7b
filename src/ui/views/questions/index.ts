import type { TemplateResult } from 'lit';
import type { PreparedFeed } from '../../../feed/prepared.ts';
import { isFeedStep, type FeedStepId, type StepId } from '../../../journey/steps.ts';
import { ageQuestion } from './age.ts';
import { howQuestion } from './how.ts';
import { nowQuestion } from './now.ts';
import type { FeedQuestionProps, QuestionProps } from './props.ts';
import { topicsQuestion } from './topics.ts';
import { whereQuestion } from './where.ts';
import { whoQuestion } from './who.ts';

/**
 * The view of each step in the registry; a step without a view, or a view that needs the feed on
 * a step the registry says is asked without it, does not type-check.
 */
export const QUESTION_VIEWS: {
  [S in StepId]: (p: S extends FeedStepId ? FeedQuestionProps : QuestionProps) => TemplateResult;
} = {
  who: whoQuestion,
  age: ageQuestion,
  topics: topicsQuestion,
  now: nowQuestion,
  how: howQuestion,
  where: whereQuestion,
};

/** A step's question, or undefined when it is built from the feed and the feed is not ready. */
export function questionFor(
  step: StepId,
  p: QuestionProps,
  prepared: PreparedFeed | undefined,
): TemplateResult | undefined {
  if (!isFeedStep(step)) return QUESTION_VIEWS[step](p);
  return prepared && QUESTION_VIEWS[step]({ ...p, prepared });
}
