/**
 * Browse mode, "My summary" and the rows of "Check your answers", loaded the first time someone
 * needs one: most visits are one guided journey, so these stay out of the first download.
 */
import type { TemplateResult } from 'lit';
import { pickText } from '../i18n/text.ts';
import type { Result } from '../match/match.ts';
import { urgentContacts } from '../urgent/defaults.ts';
import { printOnly } from './print.ts';
import { browseView } from './views/browse.ts';
import type { ScreenContext } from './views/context.ts';
import { summaryView } from './views/summary.ts';

export { browseServices } from '../match/browse.ts';
export { checkRows } from './views/check-rows.ts';

export function browseScreen(ctx: ScreenContext, results: readonly Result[]): TemplateResult {
  const { session } = ctx;
  return browseView({
    prepared: ctx.prepared,
    filters: session.filters,
    results,
    card: ctx.card,
    limit: session.listLimit,
    onMore: () => session.showMore(),
    onFilters: (filters) => session.setFilters(filters),
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
    },
    level: ctx.level,
    onNote: (note) => session.setNote(note),
    onRemove: (id) => session.toggleSave(id, pickText(prepared.servicesById.get(id)?.name, langs).text),
    onPrint: () => printOnly(host),
    onCopy: (text) =>
      void navigator.clipboard.writeText(text).then(
        () => onCopied(true),
        () => onCopied(false),
      ),
    onClear: () => session.clear(),
  });
}
