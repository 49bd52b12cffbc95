/** The report's situation of a subsystem as of March 2007; the legend on /about/ explains each value. */
export const STATUSES = ['merged', 'scheduled', 'candidate', 'eventual', 'in-progress', 'in-mm', 'under-discussion', 'early', 'mixed', 'stalled'] as const;
export type Status = (typeof STATUSES)[number];

/** Where a page sits in the report, in reading order; also the search filter's values. */
export const SECTIONS = ['overview', 'keynote', 'roadmap', 'subsystem', 'process', 'qa', 'about'] as const;
export type Section = (typeof SECTIONS)[number];

/** What the layout can add to a page beyond related pages, people, hindsight and backlinks (pages.yaml `additions`). */
export const ADDITIONS = ['entry-points', 'then-and-now', 'status-table', 'status-legend'] as const;
export type Addition = (typeof ADDITIONS)[number];
