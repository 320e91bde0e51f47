// The routes the main package's own code calls: signing in and the language (lib/session,
// lib/i18n) and the home page's counts (listMyCases, listNotices). Only these groups' schemas are
// in the main package; subpackage pages register the rest (./allRoutes, decisions §88).
import { casesRoutes } from '../../../shared/src/api/groups/cases';
import { identityRoutes } from '../../../shared/src/api/groups/identity';
import { noticesRoutes } from '../../../shared/src/api/groups/notices';
import { registerRoutes } from './routeTable';

registerRoutes({ ...identityRoutes, ...casesRoutes, ...noticesRoutes });

/** The API's error shape: zod like the routes' schemas, so it travels with them (./loadMainRoutes). */
export { ApiErrorSchema } from '@app/shared';
