import type { PreparedFeed } from '../feed/prepared.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import type { Answers } from '../match/answers.ts';
import type { SearchController } from './controllers/search-controller.ts';
import type { SessionController } from './controllers/session-controller.ts';
import type { UrgentController } from './controllers/urgent-controller.ts';
import type { Popups } from './controllers/popups-controller.ts';
import type { CrisisHost } from './parts/crisis-help.ts';
import type { CardContext } from './parts/service-card.ts';
import type { QuestionProps } from './views/questions/props.ts';

/** What the element hands over for building a screen's props: its words, controllers and clock. */
export interface PropsSource {
  l: Localizer;
  langs: readonly string[];
  /** The finder's top heading level (`heading-level`). */
  level: number;
  session: SessionController;
  search: SearchController;
  urgent: UrgentController;
  crisis: CrisisHost;
  /** The language own words are read in. */
  searchLang: string;
  now: Date | undefined;
  popups: Popups;
}

/** The person is asking for someone else. */
export function isHelper(seeker: Answers['seeker']): boolean {
  return seeker !== undefined && seeker !== 'me';
}

/**
 * A question's props. `prepared` is undefined while the feed loads: the questions not built from
 * it are asked meanwhile.
 */
export function questionProps(src: PropsSource, prepared: PreparedFeed | undefined): QuestionProps {
  const { session, l } = src;
  const a = session.journey.answers;
  // The topics the person's own words point to, once search is ready (see SearchController).
  const suggestions =
    prepared && session.journey.screen === 'topics'
      ? src.search.suggestions(src.search.ownWords(prepared, src.searchLang), a.query ?? '')
      : [];
  return {
    l,
    langs: src.langs,
    level: src.level + 1,
    journey: session.journey,
    helper: isHelper(a.seeker),
    dispatch: (action) => session.dispatch(action),
    suggestions,
    // Focus stays on the answer (WCAG 3.2.2); the question offers the contacts beside it.
    onUrgentNow: (yes) => session.dispatch({ type: 'answer', set: { urgentNow: yes } }),
    onShowUrgent: () => src.urgent.show(),
    crisis: src.crisis,
    locating: session.locating,
    onLocate: (feed, find) => session.locate(feed, find),
    onStopLocating: () => session.stopLocating(),
    popups: src.popups,
  };
}

/** What every service card needs: words, lookups, whether it is saved, and how to save it. */
export function cardContext(src: PropsSource, prepared: PreparedFeed): CardContext {
  const { session } = src;
  const reviewMs = prepared.feed.partnership.reviewPeriodDays * 86_400_000;
  return {
    l: src.l,
    langs: src.langs,
    level: src.level + 2,
    topics: prepared.topicsById,
    areas: prepared.areasById,
    staleBefore: new Date((src.now ?? new Date()).getTime() - reviewMs).toISOString().slice(0, 10),
    helper: isHelper(session.journey.answers.seeker),
    reader: session.journey.answers.seeker,
    isSaved: (id) => session.saved.includes(id),
    feedbackUrl: prepared.feed.partnership.feedbackUrl,
    onToggleSave: (service) => session.toggleSave(service.id, pickText(service.name, src.langs).text),
    isOpen: (id, disclosure) => session.isOpen(id, disclosure),
    onToggle: (id, disclosure, open) => session.setOpen(id, disclosure, open),
    popups: src.popups,
  };
}
