declare namespace App {
  interface Locals {
    /** The page being rendered, in its language: set once by the route, read by every component. */
    route: import('./lib/route-data.ts').RouteData;
  }
}

/** linebreak (UAX #14 line breaking) ships no types: the part src/lib/og-title.ts uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may break, after `position` UTF-16 units; null at the end. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
