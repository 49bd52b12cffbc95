import type { Lang } from './i18n-core.ts';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/** Formats a YYYY, YYYY-MM or YYYY-MM-DD date for a language, showing only the parts it has. */
export function formatPartialDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
