/**
 * The toolbar popup's page loads hidden, and Chromium shows its window after the load. A render run while the page
 * is hidden holds that show back: the page's compositor is made visible by a task of its own, which waits behind the
 * render on the main thread, so rendering, showing and mapping the window run one after another. A render in the
 * first animation frame after the show runs while the browser maps the window, and its DOM is in that frame.
 */

/** How long to wait for the page to be shown before rendering anyway (a browser that never says so). */
export const SHOW_WAIT_MS = 150;

/** The page's parts read here (tests pass fakes). */
export interface ShownPage {
  doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  nextFrame(then: () => void): void;
}

const browserPage = (): ShownPage => ({ doc: document, nextFrame: (then) => requestAnimationFrame(() => then()) });

/**
 * Resolves at once if the page is visible; else in the first animation frame after it is shown, or after `ms` at the
 * latest.
 */
export function whenShown(page: ShownPage = browserPage(), ms = SHOW_WAIT_MS): Promise<void> {
  const { doc } = page;
  if (doc.visibilityState === 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('visibilitychange', shown);
      resolve();
    };
    const shown = () => {
      if (doc.visibilityState !== 'visible') return;
      doc.removeEventListener('visibilitychange', shown);
      page.nextFrame(done);
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('visibilitychange', shown);
  });
}
