import type { HindsightNote, ReportPage, Status } from './site-model.ts';
import { compareVersions } from './versions.ts';

/** The day of the talk (the 4th symposium): where every subsystem's "then" stands. */
export const TALK_DATE = '2007-03-13';

/** A kernel release that carried a subsystem's work, placed on the time axis. */
export interface ChartPoint {
  version: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the note's own date, or the date another note gives the same version. */
  date: string;
  /** Position on the time axis, 0 (start) to 1 (end). */
  at: number;
}

/** What the chart needs of a subsystem page. */
export type ChartPage = Pick<ReportPage, 'id' | 'status' | 'navTitle'>;

/** A topic of a subsystem that never reached mainline. */
export interface NeverMerged {
  topic: HindsightNote['topic'];
  /** The facts file checks the "never merged" claim only partly. */
  partly: boolean;
}

/** One subsystem: its status in March 2007 and what happened next. */
export interface ChartRow {
  page: ChartPage;
  status: Status;
  /** The kernel versions in which the subsystem's topics went into mainline, in version order. */
  versions: string[];
  /** Those of the versions that have a date, in version order. */
  points: ChartPoint[];
  /** The first and last year of the points, if any. */
  years?: [number, number] | undefined;
  neverMerged: NeverMerged[];
  /** Topics of the notes behind `versions`, in the notes' order. */
  mergedTopics: HindsightNote['topic'][];
}

export interface ThenAndNow {
  rows: ChartRow[];
  /** Position of the talk on the time axis. */
  talkAt: number;
  /** First and last year of the axis; the axis runs from 1 January of `from` to 1 January of `to`. */
  from: number;
  to: number;
  /** Labelled years: the first, every fifth year between that is not close to an end, the last. */
  ticks: { year: number; at: number }[];
}

/** A partial date as a fractional year; a month or year alone stands for its middle. */
export function yearOf(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  return year + (month - 1 + (day === undefined ? 0.5 : (day - 1) / 31)) / 12;
}

/** The most precise date any note gives for a kernel version. */
function versionDates(notes: HindsightNote[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const note of notes) {
    if (!note.version || !note.date || note.neverMerged) continue;
    const known = dates.get(note.version);
    if (!known || note.date.length > known.length) dates.set(note.version, note.date);
  }
  return dates;
}

/**
 * The "then and now" chart of the subsystems, in the order given (the talk's): each one's status
 * in March 2007, the kernel versions and years in which its topics reached mainline, and the
 * topics that never did, all from the hindsight notes of its page.
 */
export function thenAndNow(subsystems: ChartPage[], notes: HindsightNote[]): ThenAndNow {
  const dates = versionDates(notes);
  const drafts = subsystems.map((page) => {
    if (!page.status) throw new Error(`${page.id}: a subsystem page needs a status for the chart`);
    const own = notes.filter((n) => n.pages.includes(page.id));
    const merged = own.filter((n) => n.version !== undefined && !n.neverMerged);
    const versions = [...new Set(merged.map((n) => n.version!))].sort(compareVersions);
    const dated = versions.flatMap((version) => {
      const date = merged.find((n) => n.version === version && n.date)?.date ?? dates.get(version);
      return date ? [{ version, date }] : [];
    });
    const years = dated.map((p) => Number(p.date.slice(0, 4)));
    return {
      page,
      status: page.status,
      versions,
      dated,
      years: years.length > 0 ? ([Math.min(...years), Math.max(...years)] as [number, number]) : undefined,
      neverMerged: own.filter((n) => n.neverMerged).map((n) => ({ topic: n.topic, partly: n.neverMerged === 'partly' })),
      mergedTopics: merged.map((n) => n.topic),
    };
  });
  const talkYear = Number(TALK_DATE.slice(0, 4));
  const from = Math.min(talkYear, ...drafts.flatMap((d) => d.years ?? []));
  const to = Math.max(talkYear, ...drafts.flatMap((d) => d.years ?? [])) + 1;
  const at = (date: string) => (yearOf(date) - from) / (to - from);
  // Every fifth year between the ends, unless it would crowd an end's label.
  const tickYears = [from, ...Array.from({ length: to - from }, (_, i) => from + i).filter((y) => y % 5 === 0 && y - from >= 4 && to - y >= 4), to];
  return {
    rows: drafts.map(({ dated, ...row }) => ({ ...row, points: dated.map((p) => ({ ...p, at: at(p.date) })) })),
    talkAt: at(TALK_DATE),
    from,
    to,
    ticks: tickYears.map((year) => ({ year, at: (year - from) / (to - from) })),
  };
}
