// The H5 build's twin of ./loadMainRoutes.ts: zod and the home page's route schemas are a lazy chunk,
// out of the JavaScript the browser needs before the home page shows (decisions §89).
import type * as mainRoutes from './mainRoutes';

let loading: Promise<typeof mainRoutes> | undefined;

export function loadMainRoutes(): Promise<typeof mainRoutes> {
  // A chunk that failed to arrive (offline) is fetched again by the next call.
  loading ??= import('./mainRoutes').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
