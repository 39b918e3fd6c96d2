/**
 * Loads the NER model asset (ner-model.bin, see scripts/vite-ner-model.js) into the English language pack's model slot.
 * Started as soon as the worker starts, so the model is there by the time a page's article arrives; reading and
 * viewing 1.3 MB of bytes costs a few milliseconds, where parsing it inside the script cost every wake-up.
 */
import { decodeModelBinary, installShippedModel } from '../pipeline/recognize';

/** Resolves true once installed, false when the model could not be loaded (logged; names are then not found). */
export async function loadNerModel(
  url: string,
  fetchImpl: (url: string) => Promise<Response> = fetch,
  log: (message: string, error?: unknown) => void = () => {},
): Promise<boolean> {
  try {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    installShippedModel(decodeModelBinary(await response.arrayBuffer()));
    return true;
  } catch (error) {
    log('the NER model could not be loaded', error);
    return false;
  }
}
