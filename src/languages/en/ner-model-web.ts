/**
 * The shipped model in the built extension (vite.config.ts puts this module in place of ner-model.ts): the model
 * is not in the script but in its own file (model-binary.ts), which the background fetches and installs here before
 * it recognizes anything. Same interface as ner-model.ts, so the pipeline does not know the difference.
 */
import type { TaggerModel } from '../../pipeline/recognize/ner';

let model: TaggerModel | null = null;

export function installShippedModel(loaded: TaggerModel): void {
  model = loaded;
}

export function shippedModel(): TaggerModel {
  // recognize() keeps dates and events when this throws; the background awaits the model before it recognizes.
  if (!model) throw new Error('NER model not loaded yet');
  return model;
}
