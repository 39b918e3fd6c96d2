/**
 * Puts a part of the content script (the extraction, the highlights) into a page when its content script asks
 * (content/parts.ts). Injected by the extension rather than imported by the page's content script, the parts need
 * no web_accessible_resources: no page can fetch them, or tell from them that Backstory is installed.
 */
import type { Payload } from '../shared/protocol';
import type { Responses } from '../shared/responses';

export type PartName = Payload<'content/load-part'>['part'];

/** The slice of the browser's scripting API this needs (tests pass a fake). */
export interface ScriptingLike {
  executeScript(injection: {
    target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
    files: string[];
  }): Promise<unknown>;
}

/** The asking page: its document where the browser names it (Chrome), so a page the tab left gets nothing. */
export interface PartTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export async function injectPart(
  scripting: ScriptingLike | undefined,
  files: Record<PartName, string>,
  target: PartTarget,
  part: PartName,
): Promise<Responses['content/load-part']> {
  if (!scripting) return { ok: false, error: 'This browser offers no scripting API.' };
  try {
    const where = target.documentId
      ? { tabId: target.tabId, documentIds: [target.documentId] }
      : { tabId: target.tabId, frameIds: [target.frameId] };
    await scripting.executeScript({ target: where, files: [files[part]] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}
