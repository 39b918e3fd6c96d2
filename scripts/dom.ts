import { DOMParser } from 'linkedom';
import { installDocumentOrder } from './document-order';
import { installFastSelectors } from './fast-selectors';

/** A Document for pipeline code in Node. linkedom: fast on 10 MB pages and enough of the DOM the pipeline reads. */
export function parseHtml(html: string, url: string): Document {
  // linkedom builds no <html> element around markup that lacks one: give it one, as a browser would.
  const source = /<html[\s>]/i.test(html.slice(0, 100_000)) ? html : `<html>${html}</html>`;
  const doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  // Native-speed answers to the simple selector queries the pipeline asks (linkedom's engine is JavaScript).
  installFastSelectors(doc);
  // Document order as browsers compute it (linkedom compares depths).
  installDocumentOrder(doc);
  // linkedom has no navigation: record the page URL where baseURI-dependent code can find it.
  try {
    Object.defineProperty(doc, 'baseURI', { value: baseOf(doc, url), configurable: true });
    Object.defineProperty(doc, 'URL', { value: url, configurable: true });
  } catch {
    // read-only in some versions; callers pass the URL explicitly anyway
  }
  return doc;
}

function baseOf(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}
