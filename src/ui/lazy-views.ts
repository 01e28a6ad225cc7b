/**
 * Browse mode and "My summary", loaded the first time someone opens either: most visits are one
 * guided journey, so these stay out of the first download.
 */
import type { TemplateResult } from 'lit';
import { pickText } from '../i18n/text.ts';
import type { ResultList } from '../match/browse.ts';
import { urgentContacts } from '../urgent/defaults.ts';
import { printOnly } from './print.ts';
import { withWaits } from './parts/wait-line.ts';
import { browseView } from './views/browse.ts';
import type { ScreenContext } from './views/context.ts';
import { removeButtonId, summaryView } from './views/summary.ts';

export { browseMatches } from '../match/browse.ts';
export { laterEnglish, laterStyles } from './later-screens.ts';

export function browseScreen(ctx: ScreenContext, results: ResultList, searching = false): TemplateResult {
  const { session } = ctx;
  return browseView({
    prepared: ctx.prepared,
    filters: session.filters,
    results,
    searching,
    card: withWaits(ctx),
    list: ctx.list,
    onFilters: (filters) => session.setFilters(filters),
    crisis: ctx.crisis,
  });
}

/** `onCopied` hears whether the copy worked, to announce it. */
export function summaryScreen(ctx: ScreenContext, host: HTMLElement, onCopied: (ok: boolean) => void): TemplateResult {
  const { session, prepared, l, langs } = ctx;
  return summaryView({
    input: {
      l,
      langs,
      answers: session.journey.answers,
      note: session.note,
      saved: session.saved.flatMap((id) => prepared.servicesById.get(id) ?? []),
      topics: prepared.topicsById,
      areas: prepared.areasById,
      today: ctx.today,
      urgent: urgentContacts(l, prepared.feed, session.journey.answers.age),
      services: prepared.feed.services,
      waits: { today: ctx.today, reviewPeriodDays: prepared.feed.partnership.reviewPeriodDays },
    },
    level: ctx.level,
    onNote: (note) => session.setNote(note),
    onRemove: (id) => {
      // Focus goes to the next Remove button (or the last, or the heading when none are left)
      // rather than falling to the page with the removed one (WCAG 2.4.3).
      const index = session.saved.indexOf(id);
      const next = session.saved[index + 1] ?? session.saved[index - 1];
      session.toggleSave(id, pickText(prepared.servicesById.get(id)?.name, langs).text);
      ctx.focus(next === undefined ? 'saved-heading' : removeButtonId(next));
    },
    onPrint: () => printOnly(host),
    onCopy: (text) =>
      void navigator.clipboard.writeText(text).then(
        () => onCopied(true),
        () => onCopied(false),
      ),
    onClear: () => session.clear(),
  });
}
