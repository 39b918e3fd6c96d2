/** Decides what a message's sender is allowed to be. Web pages can never reach us (no externally_connectable). */
import type { SenderRole } from '../shared/protocol';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export function senderRole(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  // A content script: it lives in a tab's top frame on an http(s) page.
  if (sender.tab?.id !== undefined && sender.frameId === 0 && /^https?:\/\//.test(url)) return 'content';
  return null;
}
