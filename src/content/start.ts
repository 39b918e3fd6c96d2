/**
 * The first content script, run at document_start on every http(s) top frame: it only makes the extension's
 * isolated world exist before the page has any markup, and captures the extension API from it (ext.ts says why).
 * `index.ts` runs at document_idle in the same world and uses what this captured.
 */
import { runtime } from './ext';

try {
  runtime();
} catch {
  // Never let an error reach the page's console or handlers.
}
