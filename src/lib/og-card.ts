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

const TITLE_WIDTH = 1040;
const TITLE_SIZES = [76, 64, 54, 46, 40];

/** The largest title size at which the title fits in three lines (a CJK character is about 1 em wide, a Latin one about 0.55 em). */
export function titleSize(title: string): number {
  const ems = [...title].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55), 0);
  // 0.9: lines break at words, not at the last pixel.
  return TITLE_SIZES.find((size) => ems * size <= TITLE_WIDTH * 3 * 0.9) ?? TITLE_SIZES.at(-1)!;
}

/** The card's layout: site name and section above, the title, the status on subsystem pages, the event below. */
export function cardTree(card: OgCard, fontFamily: string): CardNode {
  const muted = '#4b515c';
  const size = titleSize(card.title);
  const status = card.status
    ? node({ display: 'flex', alignItems: 'center', gap: 16, marginTop: 28, fontSize: 30 }, [
        node({ color: muted }, card.status.label),
        node({ color: STATUS_HUE[card.status.kind], border: `3px solid ${STATUS_HUE[card.status.kind]}`, borderRadius: 10, padding: '4px 18px', fontWeight: 700 }, card.status.value),
      ])
    : undefined;
  return node(
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', background: '#ffffff', color: '#1c1e21', fontFamily },
    [
      node({ width: 24, flexShrink: 0, background: '#0b5cad' }, []),
      node({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px 48px 64px' }, [
        node({ display: 'flex', justifyContent: 'space-between', gap: 32, fontSize: 28, color: muted }, [node({ fontWeight: 700, color: '#0b5cad' }, card.siteName), node({}, card.section)]),
        node({ display: 'flex', flexDirection: 'column' }, [
          node({ fontSize: size, fontWeight: 700, lineHeight: 1.3, maxHeight: size * 1.3 * 3, overflow: 'hidden' }, card.title),
          ...(status ? [status] : []),
        ]),
        node({ display: 'flex', fontSize: 26, color: muted, borderTop: '2px solid #d4d8de', paddingTop: 20 }, card.event),
      ]),
    ],
  );
}

/** Every piece of text a card shows, for choosing the font subsets it needs. */
export function cardText(card: OgCard): string {
  return [card.siteName, card.section, card.title, card.status?.label ?? '', card.status?.value ?? '', card.event].join('');
}
