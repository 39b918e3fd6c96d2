import { withoutFragment } from '../shared/url';
/**
 * Calls `onChange` when the page's URL changes without a reload (single-page apps). The isolated world cannot
 * see the page's history.pushState calls, so it listens to the Navigation API where there is one and checks the
 * URL on a slow timer as a fallback.
 */
export function watchUrl(onChange: (url: string) => void, pollMs = 1_000): () => void {
  // A change of #fragment alone is the same page (a table of contents, a footnote): ignore it.
  const current = () => withoutFragment(location.href);
  let last = current();
  const check = () => {
    if (current() === last) return;
    last = current();
    onChange(location.href);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check);
  addEventListener('popstate', check);
  const timer = setInterval(check, pollMs);
  return () => {
    nav?.removeEventListener('navigatesuccess', check);
    removeEventListener('popstate', check);
    clearInterval(timer);
  };
}
