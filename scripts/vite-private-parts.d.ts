import type { Plugin } from 'vite';

export const PRIVATE_PARTS: RegExp;
export function withoutPrivateResources<
  M extends { web_accessible_resources?: { resources: string[] }[]; [key: string]: unknown },
>(manifest: M, isPrivate?: (file: string) => boolean): M;
export function privateParts(): Plugin;
export function unusedPartChunks(bundle: Record<string, unknown>): string[];
