import { css } from 'lit';

/**
 * Styles are adopted into the shadow root as a constructable stylesheet, so a host page with a
 * strict `style-src` needs no 'unsafe-inline' for them. Logical properties only, so Arabic and
 * Urdu mirror without a second stylesheet.
 */
export const styles = css`
  :host {
    /* Hostile or careless host CSS stops at the boundary: start from nothing, inherit only type. */
    all: initial;
    /* The one thing taken from the page: its typeface, unless --sf-font-family says otherwise. */
    font-family: inherit;
    display: block;
    container-type: inline-size;
    /* Container queries measure in the host's em; see .finder for why not rem. */
    font-size: var(--sf-font-size, medium);
    --_accent: var(--sf-color-accent, #0b6b66);
    --_accent-text: var(--sf-color-accent-text, #ffffff);
    --_surface: var(--sf-color-surface, #ffffff);
    --_muted: var(--sf-color-muted, #4a5560);
    --_border: var(--sf-color-border, #8a949e);
    --_soft: var(--sf-color-soft, #eef5f4);
    --_urgent: var(--sf-color-urgent, #a1262a);
    --_urgent-soft: var(--sf-color-urgent-soft, #fdf1f1);
    /* Words on the urgent colour (Quick exit, the urgent sign): a dark theme's urgent colour is
       light enough to read on a dark panel, so its words on it must be dark. */
    --_urgent-text: var(--sf-color-urgent-text, #ffffff);
    --_focus: var(--sf-color-focus, #ffbf47);
    --_radius: var(--sf-radius, 0.5em);
    --_gap: var(--sf-space, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * The page's rules on the element itself (support-finder { color: #f5f5f5 }) beat :host, so
   * the text's colour and size are set here, inside the boundary. The size starts from the
   * reader's own browser setting (medium), never the page's root: a page with
   * html { font-size: 62.5% } must not shrink the finder. Every length below is in em for that
   * reason; targets are at least 44 CSS pixels whatever the text size.
   */
  .finder {
    all: initial;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    font-family: var(--sf-font-family, inherit);
    font-size: var(--sf-font-size, medium);
    line-height: var(--_line, 1.5);
    color: var(--sf-color-text, #1b1f24);
    /* Native controls (checkboxes, the select's list, scroll bars) and a theme's light-dark()
       colours follow this: "light dark" follows the reader's setting, "dark" forces it. */
    color-scheme: var(--sf-color-scheme, light);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    --_pad: var(--_gap);
    padding: var(--_pad);
    gap: var(--_gap);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  /*
   * The text spacing a person applies to the page (WCAG 1.4.12), where wider than the finder's
   * own: TextSpacingController sets --_letter, --_word, --_line and --_para. Set on every element,
   * as the person's own tools do, so each takes it in its own em; controls too, which browsers
   * otherwise give normal spacing.
   */
  .finder,
  .finder * {
    letter-spacing: var(--_letter, normal);
    word-spacing: var(--_word, normal);
  }
  /*
   * Quick exit and "Get help now" stay on screen while any of the finder is (GOV.UK's Exit this
   * page): sticky at the top, in the flow so they cover nothing until the page scrolls, and below
   * the page's own fixed or sticky header (sticky-top, then --sf-sticky-top, then the header the
   * controller finds; never more than half the screen down). Every focusable control keeps clear
   * of the bar and of the page's bars at the top and bottom (a cookie banner) when it gets focus
   * (WCAG 2.4.11; the controller keeps --_quick-size, --_top-found and --_bottom-found).
   */
  .finder {
    --_top: min(var(--_top-set, var(--sf-sticky-top, var(--_top-found, 0px))), 50vh);
  }
  .quick {
    position: sticky;
    inset-block-start: var(--_top);
    /* Over the page's own bars only when they leave it no room (see StickyBarController). */
    z-index: var(--_quick-z, 3);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: calc(-1 * var(--_pad));
    margin-inline: calc(-1 * var(--_pad));
    padding: 0.5em var(--_pad);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .quick .button {
    flex: 1 1 auto;
  }
  .finder :is(a[href], button, input, select, textarea, summary, [tabindex]) {
    scroll-margin-block-start: calc(var(--_top) + var(--_quick-size, 3.75em) + 0.5em);
    scroll-margin-block-end: calc(var(--_bottom-found, 0px) + 0.5em);
  }
  .quick :is(button) {
    scroll-margin-block-start: var(--_top);
  }
  .help-icon {
    display: none;
  }
  /*
   * A short screen (a phone on its side, 400% zoom: 256 px high) keeps the bar to one line of
   * 44 px targets: Quick exit in words, always; "Get help now" an icon, its words kept for screen
   * readers.
   */
  @media (max-height: 32em) {
    .quick {
      flex-wrap: nowrap;
      gap: 0.25em;
      padding-block: 2px;
    }
    .quick .button {
      padding-block: 0;
    }
    .quick .help {
      flex: none;
      padding-inline: 0.5em;
    }
    /* A question mark in a circle like urgent help's sign, drawn by the styles: no image for a
       strict CSP to refuse. */
    .help-icon {
      display: inline-grid;
    }
    .help-icon::before {
      content: '?' / '';
    }
    .help-text {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .button.help {
    border-color: var(--_urgent);
    color: var(--_urgent);
    background: var(--_urgent-soft);
  }
  /*
   * The title keeps a readable width in every language; the language menu wraps below it. Lined
   * up at the top, the title centred on the menu's button by its margins, so the open menu's list
   * moves nothing beside it.
   */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em 1em;
  }
  .bar .title {
    flex: 1 1 12em;
    min-inline-size: min(100%, 10em);
    margin-block: max(0px, calc((max(2em, 44px) - 1lh) / 2));
  }
  .bar .lang {
    min-inline-size: 0;
  }
  /* Beside the title, the menu keeps to the end of the row, and its button to the menu's end. */
  @container (min-width: 36em) {
    .bar .lang {
      margin-inline-start: auto;
      text-align: end;
    }
  }
  .presses {
    letter-spacing: 0.15em;
  }
  .presses:empty {
    display: none;
  }
  .step {
    display: grid;
    gap: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: var(--_line, 1.25);
    font-weight: 700;
  }
  p {
    margin: 0;
    margin-block-end: var(--_para, 0);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: max(2.75em, 44px);
    min-inline-size: max(2.75em, 44px);
    padding-block: 0.5em;
    padding-inline: 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .button.link {
    border-color: transparent;
    text-decoration: underline;
    font-weight: 400;
  }
  .exit {
    background: var(--_urgent);
    border-color: var(--_urgent);
    color: var(--_urgent-text);
  }
  .select {
    min-block-size: max(2.75em, 44px);
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /*
   * The language menu: a disclosure whose list opens in the flow below its button, pushing what
   * follows down rather than covering it, so no control is ever half hidden under the list.
   */
  .lang > summary {
    list-style: none;
    flex-wrap: wrap;
  }
  .lang > summary::-webkit-details-marker {
    display: none;
  }
  /* The arrow is drawn, not read: its alternative text is empty, so the button's name is
     "Language: English", not "Language: English down-pointing triangle". */
  .lang > summary::after {
    content: '▾' / '';
  }
  .lang[open] > summary::after {
    content: '▴' / '';
  }
  .lang-list {
    inline-size: max-content;
    min-inline-size: 100%;
    max-inline-size: min(22em, 90cqi);
    margin: 0.25em 0 0;
    margin-inline-start: auto;
    padding: 0.25em;
    list-style: none;
    text-align: start;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .lang-choice {
    display: block;
    inline-size: 100%;
    min-block-size: max(2.75em, 44px);
    padding-block: 0.4em;
    padding-inline: 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .lang-choice:hover {
    background: var(--_soft);
  }
  .lang-choice[aria-current='true'] {
    font-weight: 700;
    background: var(--_soft);
  }
  .lang-choice[aria-current='true']::before {
    content: '✓ ';
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_soft);
  }

  /* Urgent help: same place, same look, on every step (WCAG 3.2.6 Consistent Help). */
  .urgent {
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-soft);
  }
  .urgent > summary {
    cursor: pointer;
    padding: 0.6em 0.75em;
    font-weight: 700;
    color: var(--_urgent);
    min-block-size: max(2.75em, 44px);
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .urgent > summary::marker {
    content: '';
  }
  .urgent > summary::-webkit-details-marker {
    display: none;
  }
  .urgent .sign::before {
    content: '+';
  }
  .urgent[open] .sign::before {
    content: '−';
  }
  .urgent .sign {
    display: inline-grid;
  }
  .urgent .sign,
  .help-icon {
    flex: none;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    background: var(--_urgent);
    color: var(--_urgent-text);
    font-weight: 700;
  }
  .urgent-body {
    padding: 0 0.75em 0.75em;
    display: grid;
    gap: 0.75em;
  }
  .urgent-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .urgent-item {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.6em 0.75em;
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  .urgent-item [role='heading'] {
    margin: 0;
    font-size: 1.1em;
    line-height: var(--_line, 1.3);
    font-weight: 700;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .contact {
    display: inline-flex;
    align-items: center;
    min-block-size: max(2.75em, 44px);
    padding-inline: 0.75em;
    border-radius: var(--_radius);
    background: var(--_soft);
    font-weight: 600;
  }

  /* Questions */
  .progress {
    display: grid;
    gap: 0.25em;
    color: var(--_muted);
  }
  .progress-bar {
    appearance: none;
    inline-size: 100%;
    block-size: 0.4em;
    border: 0;
    border-radius: 1em;
    background: var(--_soft);
    overflow: hidden;
    accent-color: var(--_accent);
  }
  .progress-bar::-webkit-progress-bar {
    background: var(--_soft);
  }
  .progress-bar::-webkit-progress-value {
    background: var(--_accent);
  }
  .progress-bar::-moz-progress-bar {
    background: var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.75em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75em;
  }
  .question {
    font-size: 1.25em;
    font-weight: 700;
    line-height: var(--_line, 1.3);
    margin: 0;
  }
  .hint {
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: max(2.75em, 44px);
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_surface);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_soft);
  }
  /* The whole answer shows focus, not just its small box. */
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .field {
    display: grid;
    gap: 0.3em;
    max-inline-size: 32em;
  }
  .field label {
    font-weight: 600;
  }
  .text-input {
    min-block-size: max(2.75em, 44px);
    padding-inline: 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    inline-size: 100%;
  }
  .text-input[aria-invalid='true'] {
    border-color: var(--_urgent);
    border-width: 3px;
  }
  .text-input.short {
    max-inline-size: 8em;
  }
  .error {
    color: var(--_urgent);
    font-weight: 600;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .nav .spacer {
    flex: 1;
  }
  /* Room for "That postcode is in …" before it appears, so the buttons below do not move under
     a pointer between press and release (the change event fires as the press leaves the box). */
  #postcode-result {
    min-block-size: 2lh;
  }
  .urgent-prompt {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .button.urgent-show {
    border-color: var(--_urgent);
    color: var(--_urgent);
  }

  .safety {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .safety > summary {
    cursor: pointer;
    min-block-size: max(2.75em, 44px);
    display: flex;
    align-items: center;
    text-decoration: underline;
  }
  .safety p + p {
    margin-block-start: 0.5em;
  }
  /* Views */
  /* Three across when they fit; on a narrow screen or with wider text spacing they wrap. */
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .views .button {
    flex: 1 1 auto;
    min-inline-size: min(100%, 6em);
    /* "podsumowanie" is wider than a third of a phone; break it rather than spill out of the button. */
    overflow-wrap: anywhere;
    hyphens: auto;
    padding-inline: 0.5em;
    font-size: 0.9em;
    line-height: var(--_line, 1.2);
  }
  .tab[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }

  @container (min-width: 40em) {
    .finder {
      --_pad: 1.5em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .progress-bar::-webkit-progress-value {
      transition: inline-size 200ms ease-out;
    }
  }
  /*
   * A reader who asks for more contrast (prefers-contrast: more) gets no grey: quieter text and
   * borders take the text's own colour, and every link is underlined.
   */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--sf-color-text, #1b1f24);
      --_border: var(--sf-color-text, #1b1f24);
    }
    .button.link,
    a {
      text-decoration: underline;
    }
  }
  @media (forced-colors: active) {
    .button,
    .choice,
    .urgent {
      border-color: CanvasText;
    }
    .choice:has(input:checked) {
      outline: 3px solid Highlight;
    }
    .progress-bar {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    /* Colour is replaced here, so the chosen view and saved services keep their own shapes. */
    .tab[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
      outline: 2px solid CanvasText;
      outline-offset: 2px;
    }
    .quick {
      border-block-end-color: CanvasText;
    }
    .help-icon {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .quick,
    .bar,
    .urgent,
    .views,
    .safety,
    .nav,
    .no-print,
    .save,
    textarea {
      display: none !important;
    }
    .finder {
      border: 0;
      padding: 0;
    }
  }
`;
