import type { PreparedFeed } from '../../../feed/prepared.ts';
import type { Localizer } from '../../../i18n/localize.ts';
import type { JourneyAction, JourneyState } from '../../../journey/journey.ts';
import type { HelpWhen } from '../../../match/answers.ts';
import type { locate } from '../../locate.ts';
import type { Popups } from '../../controllers/popups-controller.ts';
import type { CrisisHost } from '../../parts/crisis-help.ts';

/** How far "Use my location" has got. */
export type Locating = 'idle' | 'locating' | 'found' | 'failed';

/**
 * What every question view is given. The feed is not among it: most questions are asked while the
 * feed is still loading; those built from it take `FeedQuestionProps`.
 */
export interface QuestionProps {
  l: Localizer;
  /** Languages for feed text, in order of preference. */
  langs: readonly string[];
  /** The question's own heading level. */
  level: number;
  journey: JourneyState;
  /** The person is asking for someone else (a parent, a professional, a friend). */
  helper: boolean;
  dispatch: (action: JourneyAction) => void;
  /** Topic ids the person's own words point to. */
  suggestions: readonly string[];
  onUrgentNow: (when: HelpWhen) => void;
  /** Opens the urgent-help panel and moves focus to it, at the person's request. */
  onShowUrgent: () => void;
  /** For the urgent contacts shown below words of danger. */
  crisis: CrisisHost;
  locating: Locating;
  /** `find` comes from the question's own file: only someone at this question needs it. */
  onLocate: (prepared: PreparedFeed, find: typeof locate) => void;
  onStopLocating: () => void;
  /** The place list and the toggletips. */
  popups: Popups;
}

/** What a question built from the feed (a step with `needsFeed`) is given: the feed, ready. */
export interface FeedQuestionProps extends QuestionProps {
  prepared: PreparedFeed;
}
