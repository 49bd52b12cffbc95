import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_BODY, frameOf, frameText, frameTree, ogImagePath, OG_HEIGHT, OG_WIDTH, STATUS_GAP, statusText, statusTree, titleText, titleTree, type CardFrame, type CardNode, type CardStatus, type OgCard } from './og-card.ts';
import { FONT_PACKAGE_VERSION, fontFamily, fontsFor, subsetsFor } from './og-fonts.ts';
import { encodePng, pasteRgba, pngText } from './png.ts';

/**
 * Renders link-preview cards to PNG: satori lays the card out as SVG (text as paths), resvg draws
 * it without loading the system's fonts (the text is paths already; loading them took 25 of 35 ms
 * per card), png.ts encodes it. A card is drawn again only when what it shows changes: each PNG
 * carries the hash of its inputs in an iTXt chunk, and a stored PNG with the same hash is reused.
 */

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
/** What else decides the pixels: the renderers' and the font's versions. */
const RENDERERS = `satori ${versionOf('satori')}, resvg-js ${versionOf('@resvg/resvg-js')}, noto-sans-jp ${FONT_PACKAGE_VERSION}`;

/** PNG iTXt keywords: the page title (so a reader of the file, and the build tests, see what it shows) and the cache key. */
export const PNG_TITLE_KEY = 'Title';
export const PNG_CACHE_KEY = 'lfjs:card-hash';

/** The hash of everything that decides a card's pixels: its layout and text, the font subsets they use, the renderers. */
export function cardHash(card: OgCard): string {
  const frame = frameTree(frameOf(card), fontFamily(subsetsFor(frameText(card))));
  const title = titleTree(card.title, fontFamily(subsetsFor(titleText(card.title))));
  const status = card.status && statusTree(card.status, fontFamily(subsetsFor(statusText(card.status))));
  return createHash('sha256').update(JSON.stringify({ frame, title, status, renderers: RENDERERS })).digest('hex').slice(0, 32);
}

/** Drawn pixels, premultiplied RGBA, and their size. */
interface Drawn {
  pixels: Buffer;
  width: number;
  height: number;
}

/**
 * Draws a tree with the font subsets its text needs. Only those: satori looks each character up in
 * every font it is given, so the subsets of all cards together would make every card slower.
 */
async function draw(tree: (family: string) => CardNode, text: string, size: { width: number; height?: number }): Promise<Drawn> {
  const { fonts, family } = fontsFor(subsetsFor(text));
  const svg = await satori(tree(family) as unknown as Parameters<typeof satori>[0], { ...size, fonts });
  // renderAsync, not Resvg#render, which never frees the 3 MB bitmap of each card (resvg-js 2.6.2).
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return { pixels: image.pixels, width: image.width, height: image.height };
}

let canvas: Buffer | undefined;

/** What many cards share, drawn once on this thread: a section's frame (a few per language), a status line (one per status and language). */
const shared = new Map<string, Promise<Drawn>>();

function drawnOnce(key: string, drawIt: () => Promise<Drawn>): Promise<Drawn> {
  let drawn = shared.get(key);
  if (!drawn) {
    drawn = drawIt();
    shared.set(key, drawn);
  }
  return drawn;
}

const framePixels = (frame: CardFrame) =>
  drawnOnce(`frame ${JSON.stringify(frame)}`, () => draw((family) => frameTree(frame, family), frameText(frame), { width: OG_WIDTH, height: OG_HEIGHT }));

const statusPixels = (status: CardStatus) =>
  drawnOnce(`status ${JSON.stringify(status)}`, () => draw((family) => statusTree(status, family), statusText(status), { width: CARD_BODY.width }));

/**
 * Draws one card: its title on its own, pasted with its status line (drawn once per status) into
 * its section's frame (drawn once): 12.7 ms of CPU for a subsystem page's card where drawing its
 * title and status together took 18.9 (150 cards in a row). `hash` is its cardHash().
 */
export async function drawCard(card: OgCard, hash: string): Promise<Buffer> {
  const [frame, title, status] = await Promise.all([
    framePixels(frameOf(card)),
    draw((family) => titleTree(card.title, family), titleText(card.title), { width: CARD_BODY.width }),
    card.status && statusPixels(card.status),
  ]);
  const height = title.height + (status ? STATUS_GAP + status.height : 0);
  if (height > CARD_BODY.height) {
    throw new Error(`the link-preview card of ${card.lang}/${card.id}: its title and status are ${height} px tall, more than the ${CARD_BODY.height} px the card has for them`);
  }
  // One canvas, reused (nothing awaits between filling it and encoding it): a new 3 MB buffer per card was 3 ms of garbage collection.
  canvas ??= Buffer.allocUnsafe(frame.pixels.length);
  canvas.set(frame.pixels);
  const top = CARD_BODY.top + Math.round((CARD_BODY.height - height) / 2);
  pasteRgba(canvas, OG_WIDTH, title.pixels, title.width, CARD_BODY.left, top);
  if (status) pasteRgba(canvas, OG_WIDTH, status.pixels, status.width, CARD_BODY.left, top + title.height + STATUS_GAP);
  // resvg's pixels are premultiplied, the same as straight alpha on an opaque card.
  return encodePng(canvas, OG_WIDTH, OG_HEIGHT, { [PNG_TITLE_KEY]: card.title, [PNG_CACHE_KEY]: hash });
}

/**
 * The cards of the last build by image path, kept in one file: a file per card (~550 at 1,000
 * pages) cost a clean build 2.5 s of CPU, most of it the file system creating and deleting them.
 */
export type CardStore = Map<string, Buffer>;

/** The store in `file`; empty if there is none or it cannot be read (written by another Node version, cut short). */
export function readCardStore(file: string): CardStore {
  try {
    const stored: unknown = deserialize(readFileSync(file));
    return stored instanceof Map ? new Map([...stored].map(([path, png]: [string, Uint8Array]) => [path, Buffer.from(png.buffer, png.byteOffset, png.byteLength)])) : new Map();
  } catch {
    return new Map();
  }
}

/** Replaces the store in `file` with these cards (renamed into place, so a build stopped halfway leaves the old one whole). */
export function writeCardStore(file: string, cards: CardStore): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize(cards));
  renameSync(`${file}.tmp`, file);
}

/** A card's PNG from the store if it was drawn from the same inputs (`hash`, its cardHash()). */
export function storedCard(store: CardStore, card: OgCard, hash: string): Buffer | undefined {
  const png = store.get(ogImagePath(card.id, card.lang));
  return png && pngText(png)[PNG_CACHE_KEY] === hash ? png : undefined;
}
