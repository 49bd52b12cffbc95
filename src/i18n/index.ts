import type { Lang } from '../lib/i18n-core.ts';
import en from './en.ts';
import ja from './ja.ts';

/** The shape of a language's interface text, fixed by the Japanese original. */
export type Dictionary = typeof ja;

const dictionaries: Record<Lang, Dictionary> = { ja, en };

/** The interface text of a language. */
export function useTranslations(lang: Lang): Dictionary {
  return dictionaries[lang];
}
