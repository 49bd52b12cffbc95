import { useTranslations } from '../i18n/index.ts';
import type { Lang } from './i18n-core.ts';
import { isReportPage, type Page } from './site-model.ts';
import type { Status } from './vocabulary.ts';

/** What a link preview (Open Graph image) of one page shows, in the page's language. */
export interface OgCard {
  lang: Lang;
  /** The page's id, which names its image: `subsystems/aio`, `index`, `404`. */
  id: string;
  /** The page title, exactly as its `og:title`. */
  title: string;
  siteName: string;
  /** The event line at the foot of the card (symposium and date). */
  event: string;
  /** The page's section, shown above the title. */
  section: string;
  /** On subsystem pages: the March 2007 status, with its label. */
  status?: { label: string; value: string; kind: Status } | undefined;
  /** Text alternative of the image, for `og:image:alt`. */
  alt: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Where a page's card lives, relative to the site's base: `og/ja/index.png`, `og/en/subsystems/aio.png`. */
export function ogImagePath(id: string, lang: Lang): string {
  return `og/${lang}/${id}.png`;
}

/** Whether a page has a card of its own: a parallel edition shows its report page's (the same text, so one image per text rather than per view; this halves the cards to draw). */
export function hasOwnCard(page: Page): boolean {
  return ogCardOf(page, 'ja').id === page.id;
}

/**
 * The card a page shows in a language: its title, its section (the report's, for the whole report)
 * and, on a subsystem page, its status. A parallel edition shows its report page's card.
 */
export function ogCardOf(shown: Page, lang: Lang): OgCard {
  const page = shown.kind === 'parallel' && shown.of ? shown.of : shown;
  const t = useTranslations(lang);
  const title = page.title[lang];
  const status = isReportPage(page) && page.status ? { label: t.status.label, value: t.status.values[page.status], kind: page.status } : undefined;
  const section = page.kind === 'full' ? t.report.label : page.kind === 'not-found' ? t.notFound.title : page.kind === 'offline' ? t.offline.button : t.sections[page.filter];
  const alt = status ? t.og.altStatus(title, t.site.title, status.value) : t.og.alt(title, t.site.title);
  return { lang, id: page.id, title, siteName: t.site.title, event: t.og.event, section, status, alt };
}

/** A node of the tree satori lays out (the shape of a React element, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const node = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/** Status hues of the site's badges in the light scheme (src/styles/tokens.css), one per kind of outlook. */
const STATUS_HUE: Record<Status, string> = {
  merged: '#17663a',
  scheduled: '#17663a',
  candidate: '#0b5cad',
  eventual: '#0b5cad',
  'in-progress': '#6d3fb0',
  'in-mm': '#6d3fb0',
  'under-discussion': '#6d3fb0',
  early: '#8a4b00',
  mixed: '#8a4b00',
  stalled: '#a3222a',
};

/** The card's margins: the coloured bar at the left edge, and the padding inside it. */
const BAR = 24;
const PAD = { top: 56, right: 72, bottom: 48, left: 64 };
/** The header line (28 px text) and the event line below its rule (2 px rule, 20 px gap, 26 px text), as Noto Sans JP sets them. */
const HEADER_HEIGHT = 41;
const FOOTER_HEIGHT = 60;

/** The box between the header and the event line, in pixels: a card's title and status line are centred in it. */
export const CARD_BODY = {
  left: BAR + PAD.left,
  top: PAD.top + HEADER_HEIGHT,
  width: OG_WIDTH - BAR - PAD.left - PAD.right,
  height: OG_HEIGHT - PAD.top - HEADER_HEIGHT - FOOTER_HEIGHT - PAD.bottom,
};

const INK = '#1c1e21';
const MUTED = '#4b515c';
const ACCENT = '#0b5cad';
const PAPER = '#ffffff';

/** What a card shares with every card of its section in its language: the frame around its title. */
export type CardFrame = Pick<OgCard, 'lang' | 'siteName' | 'section' | 'event'>;

/** A card's frame, on its own (the key of the frames already drawn). */
export const frameOf = ({ lang, siteName, section, event }: CardFrame): CardFrame => ({ lang, siteName, section, event });

/** The frame, drawn once for all the cards that share it: the bar, site name and section above, the event line below, and an empty body. */
export function frameTree(frame: CardFrame, fontFamily: string): CardNode {
  return node({ width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', background: PAPER, color: INK, fontFamily }, [
    node({ width: BAR, flexShrink: 0, background: ACCENT }, []),
    node({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: `${PAD.top}px ${PAD.right}px ${PAD.bottom}px ${PAD.left}px` }, [
      node({ display: 'flex', justifyContent: 'space-between', gap: 32, height: HEADER_HEIGHT, fontSize: 28, color: MUTED }, [node({ fontWeight: 700, color: ACCENT }, frame.siteName), node({}, frame.section)]),
      node({ display: 'flex', flexDirection: 'column', gap: 20, height: FOOTER_HEIGHT, fontSize: 26, color: MUTED }, [node({ height: 2, background: '#d4d8de' }, []), node({}, frame.event)]),
    ]),
  ]);
}

/** A subsystem page's March 2007 status, as its card shows it. */
export type CardStatus = NonNullable<OgCard['status']>;

/** The space between the title and the status line below it. */
export const STATUS_GAP = 28;

/**
 * How the title is set (src/lib/og-title.ts lays it out, og-render.ts draws it): bold, 1.3 lines
 * high, at the largest size at which it takes at most three lines of the body's width; at the
 * smallest, cut with an ellipsis after three, if none.
 */
export const TITLE = {
  width: CARD_BODY.width,
  sizes: [76, 64, 54, 46, 40],
  lineHeight: 1.3,
  maxLines: 3,
  weight: 700,
  ellipsis: '…',
  ink: INK,
  paper: PAPER,
} as const;

/**
 * The status line, drawn once for every card with the same status in a language (it costs about as
 * much to draw as the title): its label, and the value in a badge of its hue.
 */
export function statusTree(status: CardStatus, fontFamily: string): CardNode {
  const hue = STATUS_HUE[status.kind];
  return node({ width: CARD_BODY.width, display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, background: PAPER, fontFamily }, [
    node({ color: MUTED }, status.label),
    // A border drawn as a coloured box around a white one: satori clips a CSS border with a clip path, which doubles resvg's drawing time.
    node({ display: 'flex', background: hue, borderRadius: 10, padding: 3 }, [node({ color: hue, background: PAPER, borderRadius: 7, padding: '4px 18px', fontWeight: 700 }, status.value)]),
  ]);
}

/** The frame's text, for choosing the font subsets it needs. */
export function frameText(frame: CardFrame): string {
  return [frame.siteName, frame.section, frame.event].join('');
}

/** The status line's text, for choosing the font subsets it needs. */
export function statusText(status: CardStatus): string {
  return `${status.label}${status.value}`;
}
