import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { safeHref } from '../../feed/links.ts';
import type { LocalisedText } from '../../feed/schema.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { languageMenu } from '../parts/language-menu.ts';
import { isolated, msg } from '../parts/message.ts';
import { heading } from '../parts/heading.ts';

/** The screens the view switch offers. */
const VIEWS = ['guided', 'browse', 'summary'] as const;
export type View = (typeof VIEWS)[number];

export interface FrameProps {
  l: Localizer;
  langs: readonly string[];
  level: number;
  /** Shift presses so far towards quick exit. */
  presses: number;
  regions: readonly [string, string];
  /** Why the feed failed, or that a fallback copy is showing; above urgent help so it is seen. */
  notice?: TemplateResult | typeof nothing;
  /** The urgent-help panel, usually behind `guard` so it is drawn again only when it changes. */
  urgent: TemplateResult | DirectiveResult;
  body: TemplateResult | typeof nothing;
  feedback?: { url: string | undefined; partnership: LocalisedText } | undefined;
  onExit: () => void;
  /** "Get help now": opens the urgent-help panel and moves focus to it. */
  onHelp: () => void;
  onLanguage: (lang: string) => void;
}

/**
 * What surrounds every screen, in every state: quick exit and "Get help now" first in the tab
 * order and sticky at the top of the screen while the finder is in view (as GOV.UK's Exit this
 * page), the title and language, the live regions, urgent help, then the screen, the safety note
 * and feedback.
 */
export function frameView(p: FrameProps): TemplateResult {
  const { l } = p;
  return html`<div class="finder" lang=${l.lang} dir=${l.dir}>
    <div class="quick">
      <button type="button" class="button exit" part="exit" aria-describedby="exit-hint" @click=${p.onExit}>
        <span aria-hidden="true">✕</span>${l.t('exit.button')}
        <span class="presses" aria-hidden="true">${'•'.repeat(p.presses)}</span>
      </button>
      <button type="button" class="button help" @click=${p.onHelp}>
        <span class="help-icon" aria-hidden="true"></span><span class="help-text">${l.t('urgent.jump')}</span>
      </button>
    </div>
    <!-- A description, not part of the button's name: the name stays "Quick exit". -->
    <span id="exit-hint" hidden>${l.t('exit.hint')}</span>
    <div class="bar">${heading(p.level, l.t('finder.title'), { cls: 'title' })} ${languageMenu(l, p.onLanguage)}</div>
    ${l.review === 'draft' ? html`<p class="meta">${l.t('finder.draftTranslation')}</p>` : nothing}
    <div class="visually-hidden">
      <div role="status" aria-live="polite" aria-atomic="true">${p.regions[0]}</div>
      <div role="status" aria-live="polite" aria-atomic="true">${p.regions[1]}</div>
    </div>
    ${p.notice ?? nothing} ${p.urgent} ${p.body}
    <details class="safety">
      <summary>${l.t('safety.title')}</summary>
      <p>${l.t('safety.exit')}</p>
      <p>${l.t('safety.history')}</p>
      <p>${l.t('safety.storage')}</p>
    </details>
    ${feedbackLink(p)}
  </div>`;
}

/** The partnership's own feedback page, when the feed names one: people's views shape services. */
function feedbackLink(p: FrameProps): TemplateResult | typeof nothing {
  const href = safeHref(p.feedback?.url);
  if (!p.feedback || !href) return nothing;
  const partnership = pickText(p.feedback.partnership, p.langs);
  // The partnership's name may be English inside an Arabic sentence: isolated, and marked.
  const name = isolated(partnership.text, langAttr(partnership.lang, p.l.lang));
  return html`<p class="meta">
    <a href=${href} target="_blank" rel="noopener noreferrer">${msg(p.l, 'feedback.link', { partnership: name })}</a>
  </p>`;
}

/** Questions, All services, My summary (n): one group of toggle buttons. */
export function viewSwitch(l: Localizer, current: View, saved: number, onView: (view: View) => void): TemplateResult {
  const label = {
    guided: l.t('view.guided'),
    browse: l.t('view.browse'),
    summary: l.t('view.summary', { count: saved }),
  };
  return html`<div class="views" role="group" aria-label=${l.t('view.label')}>
    ${VIEWS.map(
      (view) =>
        html`<button
          type="button"
          class="button tab"
          aria-pressed=${current === view ? 'true' : 'false'}
          @click=${() => onView(view)}
        >
          ${label[view]}
        </button>`,
    )}
  </div>`;
}
