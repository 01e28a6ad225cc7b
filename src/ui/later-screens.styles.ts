import { css } from 'lit';

/**
 * The styles of the later screens (the questions' neighbours Check your answers and results, the
 * service cards, browse and My summary), which come in the same files as those screens; the
 * element adopts them after its own (support-finder.styles.ts) before the first of them shows.
 * Rules here come after every rule there, so a rule for a later screen moves here whole, with
 * its container, forced-colours and print parts.
 */
export const laterStyles = css`
  .card [role='heading'] {
    margin: 0;
    font-size: 1.1em;
    line-height: var(--_line, 1.3);
    font-weight: 700;
  }
  .results > [role='heading']:not(.question) {
    font-size: 1.1em;
    font-weight: 700;
    margin-block-start: 0.5em;
  }
  /* Results */
  .results,
  .check {
    display: grid;
    /* One column as wide as the finder. Left to size itself (auto), each grid down to the card
       text asked its items how narrow and wide they could be, laying every new card's text out
       again: a third of a typed key's layout. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    /* A change inside a card (a disclosure opened, a badge) lays out that card alone. Not
       content-visibility: auto, which keeps cards out of sight out of Chromium's accessibility
       tree too: a screen reader's heading or link list then missed most results. */
    contain: layout;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.self {
    color: #0a5c36;
    background: #e8f5ee;
  }
  .badge.open {
    color: #0a4f7a;
    background: #e8f1f8;
  }
  .desc p {
    margin: 0;
    margin-block-end: var(--_para, 0.5rem);
    /* Descriptions are plain text: keep their line breaks, e.g. "• " list lines. */
    white-space: pre-line;
  }
  .read-more > summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .read-more:not([open]) .when-open,
  .read-more[open] .when-closed {
    display: none;
  }
  .reasons,
  .meantime ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .wait {
    font-weight: 600;
  }
  .wait .meta {
    font-weight: 400;
  }
  .meantime {
    border-inline-start: 0.25em solid var(--_soft);
    padding-inline-start: 0.75em;
  }
  .more > summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: max(2.75em, 44px);
    display: flex;
    align-items: center;
  }
  .more dl {
    margin: 0;
    display: grid;
    gap: 0.25em 1em;
  }
  .more dt {
    font-weight: 700;
  }
  .more dd {
    margin: 0 0 0.5em;
  }

  .subheading {
    font-size: 1.1em;
    font-weight: 700;
    margin-block-start: 0.5em;
  }
  .filters {
    gap: 0.75em;
  }
  .filter-grid {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
  }
  .filter-grid .field {
    min-inline-size: 0;
  }
  .filter-grid .select {
    inline-size: 100%;
  }

  .choice.compact {
    min-block-size: max(2.75em, 44px);
  }
  .count {
    font-weight: 600;
  }
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .save.saved {
    background: var(--_soft);
  }
  .card.saved {
    border-color: var(--_accent);
    border-inline-start-width: 0.4em;
  }
  .badge.saved-mark {
    color: var(--_accent);
    background: var(--_soft);
  }
  .answers {
    margin: 0;
    display: grid;
    gap: 0.25em 1em;
  }
  .answers dt {
    font-weight: 700;
  }
  .answers dd {
    margin: 0 0 0.25em;
  }
  /* Check your answers: question, answer, Change, one row each; stacked on narrow screens. */
  .check-list {
    margin: 0;
  }
  .check-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .check-row dt {
    font-weight: 700;
    flex: 1 1 14rem;
  }
  .check-row dd {
    margin: 0;
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  .check-row dd:last-child {
    flex: 0 0 auto;
  }
  .field.wide {
    max-inline-size: none;
  }
  .note {
    min-block-size: 6em;
    padding-block: 0.5em;
    resize: vertical;
  }
  /* My summary's list only: the Save button of a saved card is .saved too. */
  ul.saved {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.5em;
  }
  .summary-text {
    white-space: pre-wrap;
    font-family: inherit;
    margin: 0.5em 0 0;
    padding: 0.75em;
    background: var(--_soft);
    border-radius: var(--_radius);
  }
  .print-only {
    display: none;
  }
  /* Urgent contacts right below words of danger: the urgent panel's colours and list. */
  .crisis {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin-block-start: 0.5em;
    padding: 0.6em 0.75em;
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-soft);
  }
  .crisis > p {
    margin: 0;
    font-weight: 600;
  }
  .crisis > .urgent-list {
    justify-self: stretch;
  }

  @container (min-width: 40em) {
    .answers,
    .more dl {
      grid-template-columns: max-content 1fr;
    }
  }
  @media (forced-colors: active) {
    .card,
    .badge {
      border-color: CanvasText;
    }
    .card.saved {
      border: 3px solid Highlight;
      border-inline-start-width: 0.6em;
    }
    .badge.saved-mark,
    .save.saved {
      border: 3px double CanvasText;
    }
  }
  @media print {
    .print-only {
      display: block;
    }
    .card {
      break-inside: avoid;
    }
  }
  /* ---- Popups: the place list of the "where" box and the toggletips. ----
     Placed by floating-ui (parts/floating.ts) as fixed boxes beside their control; until it has
     placed one (data-placed), the box waits out of sight rather than flash in the wrong spot. */
  .place-list,
  .tip-bubble {
    position: fixed;
    /* Physical, not logical: floating-ui sets left and top, in either direction. With a right
       edge set as well (inset-inline-start in right-to-left), the box would stretch between them. */
    top: 0;
    left: 0;
    /* Under the Quick exit bar (z-index 3), which nothing may cover. */
    z-index: 2;
    box-sizing: border-box;
    overflow: auto;
    background: var(--_surface);
    color: inherit;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.2);
  }
  .place-list[data-placed='unplaced'],
  .tip-bubble[data-placed='unplaced'] {
    position: static;
  }
  .place-list:not([data-placed]),
  .tip-bubble:not([data-placed]) {
    visibility: hidden;
  }
  .place-list {
    margin: 0;
    padding: 0.2em;
    list-style: none;
    min-inline-size: min(16em, calc(100vw - 16px));
    max-inline-size: calc(100vw - 16px);
    max-block-size: min(22em, 60vh);
  }
  .place-option {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    align-items: baseline;
    min-block-size: max(2.75em, 44px);
    padding: 0.4em 0.6em;
    box-sizing: border-box;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .place-option:hover {
    background: var(--_soft);
  }
  .place-option[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .place-option[aria-selected='true'] .hint {
    color: inherit;
  }
  .tips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.6em;
    margin: 0;
  }
  .tips-label {
    color: var(--_muted);
  }
  .tip-button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.1em 0.4em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .tip-button[aria-expanded='true'] {
    border-style: solid;
    background: var(--_soft);
  }
  .tip-mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    font-size: 0.85em;
  }
  .tip-bubble {
    display: block;
    inline-size: max-content;
    max-inline-size: min(22em, calc(100vw - 16px));
    padding: 0.6em 0.8em;
    line-height: var(--_line, 1.4);
  }
  @media (forced-colors: active) {
    .place-option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .tip-mark {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .place-list,
    .tip-bubble,
    .tips {
      display: none;
    }
  }
  /* ---- end of popups ---- */
`;
