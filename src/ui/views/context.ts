import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Localizer } from '../../i18n/localize.ts';
import type { SessionController } from '../controllers/session-controller.ts';
import type { CrisisHost } from '../parts/crisis-help.ts';
import type { CardContext } from '../parts/service-card.ts';

/** What every screen after loading is given: the words, the feed, and the person's session. */
export interface ScreenContext {
  l: Localizer;
  /** Languages for feed text, in order of preference. */
  langs: readonly string[];
  /** The screen heading's level. */
  level: number;
  prepared: PreparedFeed;
  session: SessionController;
  card: CardContext;
  today: Date;
  /** For the urgent contacts shown below words of danger. */
  crisis: CrisisHost;
}
