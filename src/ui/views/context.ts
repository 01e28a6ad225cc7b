import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Localizer } from '../../i18n/localize.ts';
import type { FocusTarget } from '../controllers/focus-controller.ts';
import type { SessionController } from '../controllers/session-controller.ts';
import type { CrisisHost } from '../parts/crisis-help.ts';
import type { CardContext } from '../parts/service-card.ts';

/** The screen's list of cards: `limit` shown, the first `drawn` of them drawn so far (see ListController). */
export interface ListPage {
  limit: number;
  drawn: number;
  /** "Show more", given the first card it adds, to focus. */
  onMore: (firstNew: FocusTarget) => void;
}

/** What every screen after loading is given: the words, the feed, and the person's session. */
export interface ScreenContext {
  l: Localizer;
  /** Languages for feed text, in order of preference. */
  langs: readonly string[];
  /** The screen heading's level. */
  level: number;
  prepared: PreparedFeed;
  session: SessionController;
  list: ListPage;
  /** Moves focus after the next render. */
  focus: (target: FocusTarget) => void;
  card: CardContext;
  today: Date;
  /** For the urgent contacts shown below words of danger. */
  crisis: CrisisHost;
}
