/** "de-AT" → "de", "pt_BR" → "pt"; null for anything that is not a language tag. Wikipedia and news editions go by it. */
export function baseLanguage(tag: string | null | undefined): string | null {
  const m = typeof tag === 'string' ? /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
