import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Localizer } from '../../i18n/localize.ts';
import type { SessionController } from '../controllers/session-controller.ts';
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
  /** Opens the urgent-help panel and moves focus to it, at the person's request. */
  onShowUrgent: () => void;
  /** Announces the urgent contacts shown beside words of danger (`Announcer.followAtOnce`). */
  followUrgent: (message: string) => void;
}
