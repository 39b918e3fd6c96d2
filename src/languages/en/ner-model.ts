/**
 * The model shipped with the extension, decoded on first use (a static JSON import works the same under tsx and in
 * the vite-built service worker; decoding is deferred so importing the pipeline costs nothing until it tags).
 */
import file from './ner-model.json';
import { decodeModel, type ModelFile, type TaggerModel } from '../../pipeline/recognize/ner';

let model: TaggerModel | null = null;

export function shippedModel(): TaggerModel {
  model ??= decodeModel(file as ModelFile);
  return model;
}
