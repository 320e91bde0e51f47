// Lambda: a service point's printable QR poster (the bureau prints it for the point's door). Apart
// from the network function so that only this one carries the QR encoder (decisions §101).
import { posterRoutes } from '../../../shared/src/api/groups/posters';
import { httpHandler } from '../lib/http';
import { pointPoster } from '../network/poster';

export const handler = httpHandler('posters', posterRoutes, {
  pointPoster: ({ params, query }) => pointPoster(params.id, query.source),
});
