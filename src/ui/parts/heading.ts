import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at a level the host chooses (`heading-level`), so the finder fits the page's own
 * outline instead of forcing an h2 into an article that already has one.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; cls?: string; focusable?: boolean } = {},
): TemplateResult {
  const clamped = Math.min(6, Math.max(1, level));
  return html`<div
    role="heading"
    aria-level=${clamped}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.cls)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >
    ${content}
  </div>`;
}
