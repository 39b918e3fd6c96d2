/**
 * Every language pack at once, for Node tools (npm run analyze, benches, fuzzing) that read pages in any language
 * and have no reason to load lazily. The extension never imports this module: it loads packs through the registry.
 */
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { italian } from './it';
import { dutch } from './nl';
import { polish } from './pl';
import { portuguese } from './pt';
import { russian } from './ru';
import { japanese } from './ja';
import { chinese } from './zh';
import { arabic } from './ar';
import { korean } from './ko';
import { hindi } from './hi';
import { persian } from './fa';
import { hebrew } from './he';
import { primaryLanguage } from '../pipeline/recognize/language/detect-language';
import type { LanguagePack } from './types';

export const ALL_PACKS: readonly LanguagePack[] = [
  english,
  german,
  french,
  spanish,
  italian,
  dutch,
  portuguese,
  polish,
  russian,
  japanese,
  chinese,
  arabic,
  korean,
  hindi,
  persian,
  hebrew,
];

const BY_CODE = new Map(ALL_PACKS.map((p) => [p.code, p]));

/** The pack for a BCP 47 tag, or null. */
export function packFor(code: string): LanguagePack | null {
  return BY_CODE.get(primaryLanguage(code) ?? '') ?? null;
}
