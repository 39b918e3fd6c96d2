/** Types for vite-messages.js (plain JavaScript so that vite loads it without bundling). */
import type { Plugin } from 'vite';

export function precompiledMessages(): Plugin;
/** By catalogue language, the JSON text of its precompiled ICU forms by message key. */
export function precompileCatalogues(root?: string): Record<string, string>;
