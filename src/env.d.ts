declare namespace App {
  interface Locals {
    /** The page being rendered, in its language: set once by the route, read by every component. */
    route: import('./lib/route-data.ts').RouteData;
  }
}
