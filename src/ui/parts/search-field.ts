import { html, type TemplateResult } from 'lit';

/**
 * A labelled search box with a hint, for the person's own words (questions) and for browse.
 * A text box with the searchbox role rather than `type="search"`, which Chromium empties on
 * Escape: a person who presses Escape to close something must not lose what they wrote.
 */
export function searchField(options: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
}): TemplateResult {
  const hintId = `${options.id}-hint`;
  return html`<label for=${options.id} id=${`${options.id}-label`}>${options.label}</label>
    <span class="hint" id=${hintId}>${options.hint}</span>
    <input
      id=${options.id}
      class="text-input"
      type="text"
      role="searchbox"
      aria-labelledby=${`${options.id}-label`}
      enterkeyhint="search"
      autocomplete="off"
      aria-describedby=${hintId}
      .value=${options.value}
      @input=${(e: Event) => options.onInput((e.target as HTMLInputElement).value)}
    />`;
}
