import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * One answer: a native radio button or check box inside its label, styled as a large target.
 * `onChange` gets the box's new state (always true for a radio button).
 */
export function choice(options: {
  type: 'radio' | 'checkbox';
  name?: string;
  value?: string;
  checked: boolean;
  label: string;
  /** The label's language, when it comes from the feed in another language than the UI. */
  lang?: string | undefined;
  compact?: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<label class=${options.compact ? 'choice compact' : 'choice'}>
    <input
      type=${options.type}
      name=${ifDefined(options.name)}
      .value=${options.value ?? 'on'}
      .checked=${options.checked}
      @change=${(e: Event) => options.onChange((e.target as HTMLInputElement).checked)}
    />
    <span lang=${ifDefined(options.lang)}>${options.label}</span>
  </label>`;
}
