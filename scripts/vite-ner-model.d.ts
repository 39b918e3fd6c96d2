/** Types for vite-ner-model.js (plain JavaScript so that vite loads it without bundling the pipeline). */
import type { Plugin } from 'vite';
import type { ModelFile } from '../src/pipeline/recognize/ner';

export const MODEL_ASSET: string;
export function encodeModelBinary(file: ModelFile): Uint8Array;
export function nerModelAsset(): Plugin;
export function languageModels(): { lang: string; fileName: string; path: string }[];
