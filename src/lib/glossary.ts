import type { Lang } from './i18n-core.ts';
import type { GlossaryEntry } from './site-model.ts';

/** Glossary entries of one kind in alphabetical order of their English headword, the same in both languages. */
export function sortedEntries(entries: GlossaryEntry[], kind: GlossaryEntry['kind']): GlossaryEntry[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return entries.filter((e) => e.kind === kind).sort((a, b) => collator.compare(a.term.en.replace(/^The /, ''), b.term.en.replace(/^The /, '')));
}

/** The headword as a language shows it, with the expansion of an abbreviation. */
export function headword(entry: GlossaryEntry, lang: Lang): { term: string; expansion?: string | undefined } {
  const expansion = entry.expansion?.[lang];
  return { term: entry.term[lang], expansion: expansion && expansion !== entry.term[lang] ? expansion : undefined };
}
