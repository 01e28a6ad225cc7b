/**
 * Shift pressed three times, as GOV.UK's "Exit this page" does: bare Shift presses (not Shift+A),
 * each within five seconds of the last; any other key starts again.
 *
 * One listener per document, shared by every finder on the page. If the host page already runs
 * GOV.UK's component, it owns Shift × 3 and this stays out of the way, so the page never has two
 * exits racing each other.
 */
export const PRESSES_TO_EXIT = 3;
const PRESS_WINDOW_MS = 5000;

export interface ShiftListener {
  /** Presses so far (1 or 2), or 0 when the count lapsed. */
  onShiftProgress(presses: number): void;
  onShiftExit(): void;
}

const listeners = new Set<ShiftListener>();
let presses = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** False once another key is pressed while Shift is held: that Shift was for typing. */
let bareShift = false;
let installed = false;

function reset(): void {
  presses = 0;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

function hostHasGovukExit(doc: Document): boolean {
  return (
    (doc.body as HTMLElement | null)?.dataset['govukFrontendExitThisPageKeypress'] === 'true' ||
    doc.querySelector('[data-module="govuk-exit-this-page"]') !== null
  );
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Shift') {
    bareShift = !event.repeat || bareShift;
    return;
  }
  // Any other key, with or without Shift, is typing: start counting again.
  bareShift = false;
  if (presses > 0) reset();
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift' || hostHasGovukExit(document)) return;
  if (!bareShift) return;
  bareShift = false;
  presses += 1;
  if (timer !== undefined) clearTimeout(timer);
  if (presses >= PRESSES_TO_EXIT) {
    reset();
    const first = listeners.values().next().value;
    first?.onShiftExit();
    return;
  }
  for (const l of listeners) l.onShiftProgress(presses);
  timer = setTimeout(() => {
    reset();
    for (const l of listeners) l.onShiftProgress(0);
  }, PRESS_WINDOW_MS);
}

export function addShiftListener(listener: ShiftListener): void {
  listeners.add(listener);
  if (!installed) {
    document.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('keyup', onKeyUp, { capture: true });
    installed = true;
  }
}

export function removeShiftListener(listener: ShiftListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && installed) {
    document.removeEventListener('keydown', onKeyDown, { capture: true });
    document.removeEventListener('keyup', onKeyUp, { capture: true });
    installed = false;
    reset();
  }
}
