import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LazyViews = typeof import('../lazy-views.ts');

/**
 * Browse, "My summary" and the rows of "Check your answers" live in a separate file, fetched the
 * first time someone opens browse or the summary, or reaches the last question: most visits are
 * one guided journey. If the file cannot be fetched the rest of the finder carries
 * on and the screen offers "Try again".
 */
export class LazyViewsController implements ReactiveController {
  views?: LazyViews;
  failed = false;
  readonly #host: ReactiveControllerHost;
  #loading = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to fetch until someone asks.
  }

  load(): void {
    if (this.views || this.#loading) return;
    this.#loading = true;
    this.failed = false;
    import('../lazy-views.ts')
      .then(
        (views) => {
          this.views = views;
        },
        (error: unknown) => {
          console.warn('support-finder: browse and summary could not load', error);
          this.failed = true;
        },
      )
      .finally(() => {
        this.#loading = false;
        this.#host.requestUpdate();
      });
  }
}
