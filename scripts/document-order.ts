/**
 * Document order for the Node DOM. linkedom's `compareDocumentPosition` compares the two nodes' depths, not their
 * places in the document: for a headline in a page's header and a story body nested one level deeper it says the body
 * comes first. The pipeline asks browsers' question ("does the headline come before the prose?"), so the benchmarks
 * and `analyze` would score a different page than the extension sees. This installs the standard answer on linkedom's
 * node prototype: the two nodes' ancestor chains, and the order of the children where they part.
 * `tests/scripts/document-order.test.ts` checks it against the standard's cases.
 */

const DISCONNECTED = 1;
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;
const IMPLEMENTATION_SPECIFIC = 32;

/** The node and its ancestors, the root first. */
function chain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) out.push(n);
  return out.reverse();
}

/** The standard `compareDocumentPosition` of `other` relative to `self`, for nodes of one tree (attributes aside). */
export function documentPosition(self: Node, other: Node): number {
  if (self === other) return 0;
  const a = chain(self);
  const b = chain(other);
  if (a[0] !== b[0]) return DISCONNECTED | IMPLEMENTATION_SPECIFIC | PRECEDING;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return CONTAINED_BY | FOLLOWING;
  if (i === b.length) return CONTAINS | PRECEDING;
  const siblings = Array.prototype.indexOf;
  const parent = a[i - 1]!.childNodes;
  return siblings.call(parent, a[i]) < siblings.call(parent, b[i]) ? FOLLOWING : PRECEDING;
}

const installed = new WeakSet<object>();

/** Replaces linkedom's `compareDocumentPosition` on the prototype that defines it (once per prototype). */
export function installDocumentOrder(doc: Document): void {
  let proto: object | null = Object.getPrototypeOf(doc.documentElement ?? doc);
  while (proto && !Object.hasOwn(proto, 'compareDocumentPosition')) proto = Object.getPrototypeOf(proto);
  if (!proto || installed.has(proto)) return;
  installed.add(proto);
  Object.defineProperty(proto, 'compareDocumentPosition', {
    value(this: Node, other: Node) {
      return documentPosition(this, other);
    },
    configurable: true,
    writable: true,
  });
}
