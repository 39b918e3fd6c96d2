import type { Plugin } from 'vite';

export const PRIVATE_PARTS: RegExp;
export function withoutPrivateResources<M extends { web_accessible_resources?: { resources: string[] }[] }>(
  manifest: M,
  isPrivate?: (file: string) => boolean,
): M;
export function privateParts(): Plugin;
