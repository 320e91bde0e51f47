// Lambda: API Gateway's $default route — unknown paths get 404 and wrong methods 405, in the API's error shape.
import { ROUTES } from '@app/shared';
import { fallbackHandler } from '../lib/http';

export const handler = fallbackHandler(ROUTES);
