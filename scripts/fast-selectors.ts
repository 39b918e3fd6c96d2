/**
 * A fast path for linkedom's selector queries. linkedom runs every query through css-select, whose compiled matcher
 * calls back into linkedom per element and per simple selector (a lower-cased tag name, an attribute lookup); on a
 * news page that is 0.3–0.8 ms a query, where a browser's native engine takes a fraction of that. The pipeline asks
 * simple questions (tag names, attribute tests, descendant and child combinators), so the Node DOM answers those with
 * plain compiled tests over the same elements, in the same order, with css-select's HTML semantics, and hands
 * anything else (pseudo-classes, sibling combinators, namespaces) back to linkedom. It walks linkedom's own node chain
 * (found by its symbols' names; without them nothing is installed), as linkedom's queries do. The pipeline code stays
 * the code the extension runs; only the Node DOM under it is quicker. `tests/scripts/fast-selectors.test.ts` checks
 * every answer against linkedom's own, so a linkedom upgrade that changes its internals fails there.
 */
import { parse, type Selector } from 'css-what';

type Test = (el: Element) => boolean;

/**
 * Attributes whose values HTML compares case-insensitively in selectors (the HTML standard's list, which css-select and
 * browsers follow): `[type="application/ld+json"]` matches `type="Application/LD+JSON"`.
 */
const CASE_INSENSITIVE = new Set([
  'accept',
  'accept-charset',
  'align',
  'alink',
  'axis',
  'bgcolor',
  'charset',
  'checked',
  'clear',
  'codetype',
  'color',
  'compact',
  'declare',
  'defer',
  'dir',
  'direction',
  'disabled',
  'enctype',
  'face',
  'frame',
  'hreflang',
  'http-equiv',
  'lang',
  'language',
  'link',
  'media',
  'method',
  'multiple',
  'nohref',
  'noresize',
  'noshade',
  'nowrap',
  'readonly',
  'rel',
  'rev',
  'rules',
  'scope',
  'scrolling',
  'selected',
  'shape',
  'target',
  'text',
  'type',
  'valign',
  'valuetype',
  'vlink',
]);

const compiled = new Map<string, Test | null>();

/** A test for a selector list, or null when the list uses anything this fast path does not implement. */
export function compileSelector(selectors: string): Test | null {
  if (seen.size < 1_000) seen.add(selectors);
  let test = compiled.get(selectors);
  if (test === undefined) {
    try {
      test = compileList(parse(selectors));
    } catch {
      test = null; // let linkedom raise its own error
    }
    if (compiled.size > 500) compiled.clear();
    compiled.set(selectors, test);
  }
  return test;
}

interface Alternative {
  /** The tag the selector's subject must have, or null for any. */
  tag: string | null;
  /** An attribute the subject must carry, or null (an element without it fails before any test runs). */
  attribute: string | null;
  test: Test;
}

function compileList(list: Selector[][]): Test | null {
  const alternatives: Alternative[] = [];
  for (const sequence of list) {
    const alternative = compileSequence(sequence);
    if (!alternative) return null;
    alternatives.push(alternative);
  }
  // Most elements fail on their tag name, or carry none of the attributes the list asks about: decide those with one
  // look at the element's own attributes, before any test runs.
  const tags = new Set<string>();
  const keys = new Set<string>();
  let anyTag = false;
  for (const a of alternatives) {
    if (a.tag === null) anyTag = true;
    else tags.add(a.tag);
    if (a.attribute !== null) keys.add(a.attribute);
  }
  return (el) => {
    const tag = el.localName;
    if (!anyTag && !tags.has(tag)) return false;
    let keyed = -1;
    for (let i = 0; i < alternatives.length; i++) {
      const a = alternatives[i]!;
      if (a.tag !== null && a.tag !== tag) continue;
      if (a.attribute !== null) {
        if (keyed === -1) keyed = carriesAny(el, keys) ? 1 : 0;
        if (keyed === 0) continue;
      }
      if (a.test(el)) return true;
    }
    return false;
  };
}

/** Compound selectors joined by descendant and child combinators, matched right to left. */
function compileSequence(sequence: Selector[]): Alternative | null {
  const compounds: { parts: Selector[]; combinator: 'descendant' | 'child' | null }[] = [
    { parts: [], combinator: null },
  ];
  for (const part of sequence) {
    if (part.type === 'descendant' || part.type === 'child') compounds.push({ parts: [], combinator: part.type });
    else compounds[compounds.length - 1]!.parts.push(part);
  }
  const steps: { test: Test; combinator: 'descendant' | 'child' | null }[] = [];
  for (const { parts, combinator } of compounds) {
    if (!parts.length) return null;
    const test = compileCompound(parts);
    if (!test) return null;
    steps.push({ test, combinator });
  }
  const subject = compounds[compounds.length - 1]!.parts;
  const tagPart = subject.find((p) => p.type === 'tag');
  const tag = tagPart && tagPart.type === 'tag' ? tagPart.name.toLowerCase() : null;
  const attributePart = subject.find((p) => p.type === 'attribute');
  const attribute = attributePart && attributePart.type === 'attribute' ? attributePart.name.toLowerCase() : null;
  const last = steps.pop()!;
  if (!steps.length) return { tag, attribute, test: last.test };
  const combinator = last.combinator!;
  return { tag, attribute, test: (el) => last.test(el) && ancestorsMatch(el, steps, steps.length - 1, combinator) };
}

/** Whether `steps[0..index]` match the ancestors of `el`, the nearest joined to it by `combinator`. */
function ancestorsMatch(
  el: Element,
  steps: { test: Test; combinator: 'descendant' | 'child' | null }[],
  index: number,
  combinator: 'descendant' | 'child',
): boolean {
  const step = steps[index]!;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (step.test(p) && (index === 0 || ancestorsMatch(p, steps, index - 1, step.combinator!))) return true;
    if (combinator === 'child') return false;
  }
  return false;
}

function compileCompound(compound: Selector[]): Test | null {
  const tests: Test[] = [];
  for (const part of compound) {
    if (part.type === 'universal' && part.namespace == null) continue;
    if (part.type === 'tag' && part.namespace == null) {
      const name = part.name.toLowerCase();
      tests.push((el) => el.localName === name);
    } else if (part.type === 'attribute' && part.namespace == null) {
      const test = attributeTest(part.name.toLowerCase(), part.action, part.value, part.ignoreCase);
      if (!test) return null;
      tests.push(test);
    } else return null;
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (el) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(el)) return false;
    return true;
  };
}

function attributeTest(name: string, action: string, raw: string, flag: boolean | 'quirks' | null): Test | null {
  // linkedom documents are never in quirks mode, so a 'quirks' flag (class and id) means case-sensitive.
  const fold = typeof flag === 'boolean' ? flag : flag === null && CASE_INSENSITIVE.has(name);
  const value = fold ? raw.toLowerCase() : raw;
  // css-select reads class through the attribute node, every other attribute through getAttribute.
  const read =
    name === 'class'
      ? (el: Element) => el.getAttributeNode('class')?.value ?? null
      : (el: Element) => el.getAttribute(name);
  const never = () => false;
  // Word and substring tests use css-select's own regular expressions (\s and the i flag, not ASCII-only rules).
  const escaped = raw.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
  switch (action) {
    case 'exists':
      return (el) => el.hasAttribute(name);
    case 'equals':
      return fold
        ? (el) => {
            const v = read(el);
            return v != null && v.length === value.length && v.toLowerCase() === value;
          }
        : (el) => read(el) === value;
    case 'element': {
      if (/\s/.test(raw)) return never;
      const word = new RegExp(`(?:^|\\s)${escaped}(?:$|\\s)`, fold ? 'i' : '');
      return (el) => {
        const v = read(el);
        return v != null && word.test(v);
      };
    }
    case 'any': {
      if (!raw) return never;
      if (!fold) return (el) => read(el)?.includes(raw) ?? false;
      const part = new RegExp(escaped, 'i');
      return (el) => {
        const v = read(el);
        return v != null && part.test(v);
      };
    }
    // Prefix, suffix and hyphen tests cut before they fold, as css-select does (folding can change a length).
    case 'start':
      if (!raw) return never;
      return fold
        ? (el) => {
            const v = read(el);
            return v != null && v.length >= raw.length && v.slice(0, raw.length).toLowerCase() === value;
          }
        : (el) => read(el)?.startsWith(raw) ?? false;
    case 'end':
      if (!raw) return never;
      return fold
        ? (el) => read(el)?.slice(-raw.length).toLowerCase() === value
        : (el) => read(el)?.endsWith(raw) ?? false;
    case 'hyphen':
      return (el) => {
        const v = read(el);
        if (v == null || (v.length !== raw.length && v.charAt(raw.length) !== '-')) return false;
        return (fold ? v.slice(0, raw.length).toLowerCase() : v.slice(0, raw.length)) === value;
      };
    default:
      return null;
  }
}

interface Linked extends Node {
  [link: symbol]: Linked;
}

/** linkedom's own links between nodes (its node list is one chain, each element closed by an end marker). */
interface Chain {
  next: symbol;
  end: symbol;
}

/**
 * Calls `visit` on the elements under `root` in document order until it returns true: the walk linkedom's own
 * queries make, along its node chain, skipping a <template>'s content, with nothing allocated.
 */
function eachDescendant(root: Node, chain: Chain, visit: (el: Element) => boolean | undefined): void {
  const end = (root as Linked)[chain.end];
  let node = (root as Linked)[chain.next];
  while (node && node !== end) {
    if (node.nodeType === 1) {
      if (visit(node as unknown as Element)) return;
      node = (node as unknown as Element).localName === 'template' ? node[chain.end]! : node[chain.next]!;
    } else node = node[chain.next]!;
  }
}

let links: Chain | null = null;

/**
 * Whether `el` has any attribute named in `names`: one pass over linkedom's attribute nodes, which follow it in its
 * chain.
 */
function carriesAny(el: Element, names: Set<string>): boolean {
  if (!links) {
    for (const name of names) if (el.hasAttribute(name)) return true;
    return false;
  }
  for (let n = (el as unknown as Linked)[links.next]; n && n.nodeType === 2; n = n[links.next]!) {
    if (names.has((n as unknown as Attr).name)) return true;
  }
  return false;
}

/** The symbols linkedom links its nodes with, found on a document; null when this DOM has none (not linkedom 0.18). */
function chainOf(doc: Document): Chain | null {
  const symbols = Object.getOwnPropertySymbols(doc);
  const next = symbols.find((s) => s.description === 'next');
  const end = symbols.find((s) => s.description === 'end');
  return next && end ? { next, end } : null;
}

let enabled = true;
const seen = new Set<string>();

/** Turns the fast path off and on (tests compare its answers with linkedom's on the same document). */
export function setFastSelectors(on: boolean): void {
  enabled = on;
}

/** The selector lists queried since the last reset (at most 1,000): tests check each against linkedom's answers. */
export function selectorsSeen({ reset = false } = {}): string[] {
  const list = [...seen];
  if (reset) seen.clear();
  return list;
}

type Method = (this: Node, selectors: string) => unknown;

function ownerOf(object: object, name: string): Record<string, Method> {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, name)) return proto as Record<string, Method>;
  }
  throw new Error(`fast-selectors: no ${name} on this DOM`);
}

const PATCHED = Symbol('fast-selectors');

function patch(proto: Record<string, Method>, name: string, wrap: (original: Method) => Method): void {
  const original = proto[name]!;
  if ((original as { [PATCHED]?: boolean })[PATCHED]) return;
  const replacement = wrap(original);
  (replacement as { [PATCHED]?: boolean })[PATCHED] = true;
  Object.defineProperty(proto, name, { value: replacement, writable: true, configurable: true, enumerable: false });
}

/** An element or a document: not one of the stand-ins linkedom passes to its own methods internally. */
function searchable(x: unknown): x is Node {
  const type = (x as Node)?.nodeType;
  return type === 1 || type === 9;
}

/** Whether `doc`'s queries go through the fast path. */
export function hasFastSelectors(doc: Document): boolean {
  return (
    !!(doc.querySelectorAll as { [PATCHED]?: boolean })[PATCHED] &&
    !!(doc.body?.closest as { [PATCHED]?: boolean } | undefined)?.[PATCHED]
  );
}

/**
 * Puts the fast path in front of linkedom's querySelectorAll, querySelector, matches and closest, on the prototypes
 * that define them for documents and elements (once per prototype). Any other selector goes to linkedom's own method.
 */
export function installFastSelectors(doc: Document): void {
  const chain = chainOf(doc);
  if (!chain) return;
  links = chain;
  // linkedom's NodeList (an Array subclass), so callers get the type linkedom itself returns.
  const NodeList = (doc.getElementsByTagName('x-none') as unknown as { constructor: new () => Element[] }).constructor;
  const queryAll = (original: Method): Method =>
    function (this: Node, selectors) {
      const test = enabled && searchable(this) ? compileSelector(String(selectors)) : null;
      if (!test) return original.call(this, selectors);
      const found = new NodeList();
      eachDescendant(this, chain, (el) => {
        if (test(el)) found.push(el);
      });
      return found;
    };
  const queryOne = (original: Method): Method =>
    function (this: Node, selectors) {
      const test = enabled && searchable(this) ? compileSelector(String(selectors)) : null;
      if (!test) return original.call(this, selectors);
      let found: Element | null = null;
      eachDescendant(this, chain, (el) => {
        if (!test(el)) return false;
        found = el;
        return true;
      });
      return found;
    };
  const matches = (original: Method): Method =>
    function (this: Node, selectors) {
      const test = enabled && searchable(this) ? compileSelector(String(selectors)) : null;
      return test ? test(this as Element) : original.call(this, selectors);
    };
  const closest = (original: Method): Method =>
    function (this: Node, selectors) {
      const test = enabled && searchable(this) ? compileSelector(String(selectors)) : null;
      if (!test) return original.call(this, selectors);
      for (let el: Element | null = this as Element; el; el = el.parentElement) if (test(el)) return el;
      return null;
    };
  const element = doc.createElement('div');
  for (const host of [doc, element] as object[]) {
    patch(ownerOf(host, 'querySelectorAll'), 'querySelectorAll', queryAll);
    patch(ownerOf(host, 'querySelector'), 'querySelector', queryOne);
  }
  patch(ownerOf(element, 'matches'), 'matches', matches);
  patch(ownerOf(element, 'closest'), 'closest', closest);
}
