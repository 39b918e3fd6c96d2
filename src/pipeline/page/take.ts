/**
 * The first `n` items of a NodeList as an array. `Array.from(list).slice(0, n)` would first make a JS object for
 * every match in Chromium (thousands for "div, span, p" on a large page) only to keep `n` of them.
 */
export function take<T>(list: ArrayLike<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length && i < n; i++) out.push(list[i]!);
  return out;
}

/**
 * The first `n` elements under `scope` (not `scope` itself) whose tag is in `tags` (lower-case names), in document
 * order: what `take(scope.querySelectorAll('div, p'), n)` gives, without the browser first listing every match on
 * the page (a 300,000-element page held the main thread for that one call).
 */
export function firstElements(scope: ParentNode, tags: ReadonlySet<string>, n: number): Element[] {
  const out: Element[] = [];
  let el: Element | null = scope.firstElementChild;
  while (el && out.length < n) {
    if (tags.has(el.localName)) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && (el as Node) !== scope && !el.nextElementSibling) el = el.parentElement;
    el = el && (el as Node) !== scope ? el.nextElementSibling : null;
  }
  return out;
}
