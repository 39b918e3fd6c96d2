/** Types for vite-languages.js (plain JavaScript so that vite loads it without bundling the pipeline). */
import type { Plugin } from 'vite';

export function languagePacksAsAssets(): Plugin;
export function languagePackAssets(): Promise<{ code: string; fileName: string; json: string }[]>;
