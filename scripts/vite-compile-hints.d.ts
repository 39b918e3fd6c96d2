import type { Plugin } from 'vite';

export const COMPILE_HINT: string;
export const EAGER_MODULES: string[];
export const EAGER_FILES: string[];
export function compileHints(modules?: string[], files?: string[]): Plugin;
