/**
 * Runs `work` once in the next frame, however many times it is asked for before then: for work
 * that follows a stream of events (scrolling, a page changing its elements) and reads layout.
 */
export class NextFrame {
  readonly #work: () => void;
  #id = 0;

  constructor(work: () => void) {
    this.#work = work;
  }

  request(): void {
    if (this.#id) return;
    this.#id = requestAnimationFrame(() => {
      this.#id = 0;
      this.#work();
    });
  }

  cancel(): void {
    cancelAnimationFrame(this.#id);
    this.#id = 0;
  }
}
