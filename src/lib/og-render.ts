import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_BODY, frameOf, frameText, frameTree, ogImagePath, OG_HEIGHT, OG_WIDTH, STATUS_GAP, statusText, statusTree, TITLE, type CardFrame, type CardNode, type CardStatus, type OgCard } from './og-card.ts';
import { fontFamily, fontsFor, subsetsFor } from './og-fonts.ts';
import { glyphOutline, layoutTitle } from './og-title.ts';
import { encodePng, pastePixels, pngText } from './png.ts';

/**
 * Renders link-preview cards to PNG. What many cards share (a section's frame, a status line) is
 * laid out by satori as SVG (text as paths) and drawn by resvg once per thread. A title is laid out by og-title.ts and
 * drawn glyph by glyph from glyph images resvg draws once per thread: satori and resvg took ~6 ms
 * per title, this ~0.5. png.ts encodes the card. A card is drawn again only when what it shows
 * changes: each PNG carries the hash of its inputs in an iTXt chunk, and a stored PNG with the same
 * hash is reused.
 */

const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (not every package exports its package.json). */
function versionOf(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }) : undefined;
    if (manifest?.name === name) return manifest.version;
  }
  throw new Error(`no package.json of ${name} above ${require.resolve(name)}`);
}
/** What else decides the pixels: the renderers', the title layout's and the font's versions, and the code that draws with them. */
const RENDERERS = [
  ...['satori', '@resvg/resvg-js', 'harfbuzzjs', 'linebreak', '@fontsource/noto-sans-jp'].map((name) => `${name} ${versionOf(name)}`),
  // Read from the project (this module may be bundled): a change to how titles are set or drawn draws every card again.
  createHash('sha256')
    .update(['og-title.ts', 'og-render.ts', 'png.ts'].map((file) => readFileSync(join(process.cwd(), 'src', 'lib', file), 'utf8')).join('\0'))
    .digest('hex'),
].join(', ');

/** PNG iTXt keywords: the page title (so a reader of the file, and the build tests, see what it shows) and the cache key. */
export const PNG_TITLE_KEY = 'Title';
export const PNG_CACHE_KEY = 'lfjs:card-hash';

/** The hash of everything that decides a card's pixels: its layout and text, the font subsets they use, the renderers. */
export function cardHash(card: OgCard): string {
  const frame = frameTree(frameOf(card), fontFamily(subsetsFor(frameText(card))));
  const title = { text: card.title, style: TITLE, subsets: subsetsFor(card.title + TITLE.ellipsis) };
  const status = card.status && statusTree(card.status, fontFamily(subsetsFor(statusText(card.status))));
  return createHash('sha256').update(JSON.stringify({ frame, title, status, renderers: RENDERERS })).digest('hex').slice(0, 32);
}

/** Drawn pixels, premultiplied RGBA, and their size. */
interface Drawn {
  pixels: Buffer;
  width: number;
  height: number;
}

/** resvg's options: the text is paths already, so no fonts are loaded (the system's took 25 of 35 ms per card). */
const RESVG = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/** Rows of a drawing, from `top`, `height` rows high. */
interface Band {
  top: number;
  height: number;
}

/**
 * Draws a tree with the font subsets its text needs (only those: satori looks each character up in
 * every font it is given, so the subsets of all cards together would make every card slower), and
 * of it only the bands asked for, if any: resvg draws what the SVG's view box shows.
 */
async function draw(tree: (family: string) => CardNode, text: string, size: { width: number; height?: number }, bands?: Band[]): Promise<Drawn[]> {
  const { fonts, family } = fontsFor(subsetsFor(text));
  const svg = await satori(tree(family) as unknown as Parameters<typeof satori>[0], { ...size, fonts });
  const root = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/.exec(svg);
  if (!root) throw new Error(`satori's SVG does not start as og-render.ts expects: ${svg.slice(0, 80)}`);
  const views = bands?.map(({ top, height }) => `<svg width="${root[1]}" height="${height}" viewBox="0 ${top} ${root[1]} ${height}"${svg.slice(root[0].length)}`) ?? [svg];
  // renderAsync, not Resvg#render, which never frees the bitmap it draws (resvg-js 2.6.2).
  const images = await Promise.all(views.map((view) => renderAsync(view, RESVG)));
  return images.map((image) => ({ pixels: image.pixels, width: image.width, height: image.height }));
}

/** What many cards share, drawn once on this thread: a section's frame (a few per language), a status line (one per status and language), a glyph at a size. */
const shared = new Map<string, Promise<unknown>>();

function drawnOnce<T>(key: string, drawIt: () => Promise<T>): Promise<T> {
  let drawn = shared.get(key) as Promise<T> | undefined;
  if (!drawn) {
    drawn = drawIt();
    shared.set(key, drawn);
  }
  return drawn;
}

/** The rows of a frame with more than the bar and the paper on them: above the body box, one of it (every row of it is the same), below it. */
const FRAME_BANDS: Band[] = [
  { top: 0, height: CARD_BODY.top },
  { top: CARD_BODY.top, height: 1 },
  { top: CARD_BODY.top + CARD_BODY.height, height: OG_HEIGHT - CARD_BODY.top - CARD_BODY.height },
];

/** A frame's bands (FRAME_BANDS): drawing and indexing the whole card took three times as long (~35 ms a frame, 27 frames at any size of the site). */
const framePixels = (frame: CardFrame) =>
  drawnOnce(`frame ${JSON.stringify(frame)}`, () => draw((family) => frameTree(frame, family), frameText(frame), { width: OG_WIDTH, height: OG_HEIGHT }, FRAME_BANDS));

const statusPixels = (status: CardStatus) =>
  drawnOnce(`status ${JSON.stringify(status)}`, () => draw((family) => statusTree(status, family), statusText(status), { width: CARD_BODY.width }));

/** Glyphs are drawn at quarter-pixel horizontal offsets: a glyph image serves every position with the same offset. */
const SUBPIXEL = 4;

/** A glyph's coverage (0–255 per pixel) and where its top left corner lies from its origin on the baseline. */
interface GlyphImage {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** A glyph drawn by resvg at a size and quarter-pixel offset; undefined if it has no ink. */
const glyphImage = (subset: string, glyph: number, size: number, offset: number) =>
  drawnOnce(`glyph ${subset} ${glyph} ${size} ${offset}`, async (): Promise<GlyphImage | undefined> => {
    const outline = glyphOutline(subset, glyph);
    if (!outline) return undefined;
    const scale = size / outline.upem;
    const shift = offset / SUBPIXEL;
    // A pixel of room on every side for the anti-aliased edge.
    const left = Math.floor(shift + outline.box.left * scale) - 1;
    const top = Math.floor(-outline.box.top * scale) - 1;
    const width = Math.ceil(shift + outline.box.right * scale) + 1 - left;
    const height = Math.ceil(-outline.box.bottom * scale) + 1 - top;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="matrix(${scale} 0 0 ${-scale} ${shift - left} ${-top})" d="${outline.path}"/></svg>`;
    const { pixels } = await renderAsync(svg, RESVG);
    const coverage = new Uint8Array(width * height);
    for (let i = 0; i < coverage.length; i++) coverage[i] = pixels[i * 4 + 3]!;
    return { left, top, width, height, coverage };
  });

/** How much of each pixel of a title's box its glyphs cover (0–255), laid over each other as og-title.ts places them. */
interface Coverage {
  coverage: Uint8Array;
  width: number;
  height: number;
}

/** A title's coverage: each glyph's image laid at its place, each at the nearest quarter pixel. */
async function drawTitle(title: string): Promise<Coverage> {
  const layout = layoutTitle(title);
  const { width } = TITLE;
  const { height } = layout;
  const placed = await Promise.all(
    layout.glyphs.map(async ({ subset, glyph, x, y }) => {
      const quarters = Math.round(x * SUBPIXEL);
      const offset = ((quarters % SUBPIXEL) + SUBPIXEL) % SUBPIXEL;
      return { image: await glyphImage(subset, glyph, layout.size, offset), x: (quarters - offset) / SUBPIXEL, y: Math.round(y) };
    }),
  );
  const coverage = new Uint8Array(width * height);
  for (const { image, x, y } of placed) {
    if (!image) continue;
    for (let row = 0; row < image.height; row++) {
      const py = y + image.top + row;
      if (py < 0 || py >= height) continue;
      for (let col = 0; col < image.width; col++) {
        const px = x + image.left + col;
        const a = image.coverage[row * image.width + col]!;
        if (a === 0 || px < 0 || px >= width) continue;
        const at = py * width + px;
        // Source-over: where glyphs overlap, each covers what the other left.
        coverage[at] = coverage[at]! + Math.round((a * (255 - coverage[at]!)) / 255);
      }
    }
  }
  return { coverage, width, height };
}

/** Pixels as indices into their colours (RGB as 24-bit numbers). */
interface Indexed {
  /** The indices of each drawing, in order. */
  parts: Uint8Array[];
  colours: number[];
}

/** Fewest shades of ink the title may have: a frame and status with more colours than 256 minus these is a mistake in their style. */
const MIN_SHADES = 64;

/** Drawn pixels as indices into the colours they share: the card is opaque (all is drawn on paper), so a colour is its RGB. */
function indexed(drawings: Drawn[], what: string): Indexed {
  const found = new Map<number, number>();
  const parts = drawings.map(({ pixels }) => {
    const indices = new Uint8Array(pixels.length / 4);
    let last = -1;
    let lastAt = 0;
    for (let i = 0; i < indices.length; i++) {
      const rgb = (pixels[i * 4]! << 16) | (pixels[i * 4 + 1]! << 8) | pixels[i * 4 + 2]!;
      // Most pixels are the paper, as the one before them.
      if (rgb !== last) {
        let at = found.get(rgb);
        if (at === undefined) {
          at = found.size;
          if (at === 256 - MIN_SHADES) throw new Error(`${what} has more than ${at} colours, too many for an indexed card`);
          found.set(rgb, at);
        }
        last = rgb;
        lastAt = at;
      }
      indices[i] = lastAt;
    }
    return indices;
  });
  return { parts, colours: [...found.keys()] };
}

/** A frame's indices, the whole card: its bands, the body's row repeated. */
const indexedFrame = (frame: CardFrame) =>
  drawnOnce(`indexed frame ${JSON.stringify(frame)}`, async () => {
    const { parts, colours } = indexed(await framePixels(frame), `the link-preview frame of ${frame.lang} ${frame.section}`);
    const [above, row, below] = parts as [Uint8Array, Uint8Array, Uint8Array];
    const indices = new Uint8Array(OG_WIDTH * OG_HEIGHT);
    indices.set(above);
    for (let y = CARD_BODY.top; y < CARD_BODY.top + CARD_BODY.height; y++) indices.set(row, y * OG_WIDTH);
    indices.set(below, (CARD_BODY.top + CARD_BODY.height) * OG_WIDTH);
    return { indices, colours };
  });

const indexedStatus = (status: CardStatus) =>
  drawnOnce(`indexed status ${JSON.stringify(status)}`, async () => {
    const [drawn] = await statusPixels(status);
    const { parts, colours } = indexed([drawn!], `the link-preview status line ${status.value}`);
    return { indices: parts[0]!, width: drawn!.width, colours };
  });

/**
 * The colours of the cards with one frame and status: every colour of the frame, then of the status
 * line, as drawn, then as many shades of ink on paper as an indexed PNG's 256 leave for the title
 * (140–199 on this site's cards: steps of at most 2 in 255 of coverage, which no eye tells apart).
 */
interface CardPalette {
  /** RGB triples. */
  rgb: Uint8Array;
  frame: Uint8Array;
  status: { indices: Uint8Array; width: number } | undefined;
  /** The index of the shade of each title coverage (0–255). */
  shade: Uint8Array;
}

/** The title's ink and paper as RGB. */
const [INK_RGB, PAPER_RGB] = [TITLE.ink, TITLE.paper].map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))) as [number[], number[]];

const paletteOf = (card: OgCard) =>
  drawnOnce(`palette ${JSON.stringify(frameOf(card))} ${JSON.stringify(card.status)}`, async (): Promise<CardPalette> => {
    const [frame, status] = await Promise.all([indexedFrame(frameOf(card)), card.status && indexedStatus(card.status)]);
    const colours = [...frame.colours, ...(status?.colours ?? [])];
    const shades = 256 - colours.length;
    if (shades < MIN_SHADES) throw new Error(`the link-preview cards of ${card.lang} ${card.section} with status ${card.status?.value}: their frame and status line have ${colours.length} colours, too many for an indexed card`);
    const rgb = new Uint8Array(256 * 3);
    colours.forEach((colour, i) => rgb.set([colour >> 16, (colour >> 8) & 255, colour & 255], i * 3));
    for (let k = 0; k < shades; k++) {
      for (let channel = 0; channel < 3; channel++) rgb[(colours.length + k) * 3 + channel] = Math.round(PAPER_RGB[channel]! + ((INK_RGB[channel]! - PAPER_RGB[channel]!) * k) / (shades - 1));
    }
    const shade = Uint8Array.from({ length: 256 }, (_, c) => colours.length + Math.round((c * (shades - 1)) / 255));
    // The status line's colours follow the frame's in the palette.
    const statusIndices = status && { indices: status.indices.map((at) => at + frame.colours.length), width: status.width };
    return { rgb, frame: frame.indices, status: statusIndices, shade };
  });

let canvas: Uint8Array | undefined;

/**
 * Draws one card: its title on its own, pasted with its status line (drawn once per status) into
 * its section's frame (drawn once), as indices into the palette of that frame and status. `hash`
 * is its cardHash().
 */
export async function drawCard(card: OgCard, hash: string): Promise<Buffer> {
  const [palette, title] = await Promise.all([paletteOf(card), drawTitle(card.title)]);
  const { status } = palette;
  const statusHeight = status ? status.indices.length / status.width : 0;
  const height = title.height + (status ? STATUS_GAP + statusHeight : 0);
  if (height > CARD_BODY.height) {
    throw new Error(`the link-preview card of ${card.lang}/${card.id}: its title and status are ${height} px tall, more than the ${CARD_BODY.height} px the card has for them`);
  }
  // One canvas, reused: nothing awaits between filling it and encoding it.
  canvas ??= new Uint8Array(OG_WIDTH * OG_HEIGHT);
  canvas.set(palette.frame);
  const top = CARD_BODY.top + Math.round((CARD_BODY.height - height) / 2);
  const titleIndices = new Uint8Array(title.coverage.length);
  for (let i = 0; i < titleIndices.length; i++) titleIndices[i] = palette.shade[title.coverage[i]!]!;
  pastePixels(canvas, OG_WIDTH, titleIndices, title.width, CARD_BODY.left, top, 1);
  if (status) pastePixels(canvas, OG_WIDTH, status.indices, status.width, CARD_BODY.left, top + title.height + STATUS_GAP, 1);
  return encodePng(canvas, OG_WIDTH, OG_HEIGHT, { [PNG_TITLE_KEY]: card.title, [PNG_CACHE_KEY]: hash }, palette.rgb);
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
