// The routes the app may call, registered by the package whose pages call them. The main package
// registers the few the home page needs (./mainRoutes, through the client); every subpackage page
// imports ./allRoutes, which registers the whole shared table. The schemas of the other hundred
// routes, and what they import, thereby stay out of the main package (decisions §88).
import type { RouteDef, RouteId } from '@app/shared';

const registered: Partial<Record<RouteId, RouteDef>> = {};
/** The Chinese sentence of a named refusal: every capability's vocabulary, registered with the whole table. */
let sentenceOf: (reason: string | undefined) => string | undefined = () => undefined;

export function registerRoutes(table: Partial<Record<RouteId, RouteDef>>): void {
  Object.assign(registered, table);
}

/** The route's method, path, access and schemas; a page that forgot to import ./allRoutes fails here, loudly. */
export function routeFor(id: RouteId): RouteDef {
  const route = registered[id];
  if (!route) throw new Error(`route ${id} is not registered: the page calling it must import api/allRoutes`);
  return route;
}

/**
 * The sentences of named refusals (shared/src/refusals.ts) live beside every capability's schemas,
 * so they come with the whole table; until a subpackage page registers them, a refusal reads as its
 * error code's sentence — the home page, the only main-package page, shows no refusals.
 */
export function registerRefusalSentences(sentence: (reason: string | undefined) => string | undefined): void {
  sentenceOf = sentence;
}

export function refusalSentenceOf(reason: string | undefined): string | undefined {
  return sentenceOf(reason);
}
