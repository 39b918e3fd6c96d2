/**
 * The first `n` items of a NodeList as an array. `Array.from(list).slice(0, n)` would first make a JS object for
 * every match in Chromium (thousands for "div, span, p" on a large page) only to keep `n` of them.
 */
export function take<T>(list: ArrayLike<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length && i < n; i++) out.push(list[i]!);
  return out;
}
