// Lambda: the service-item catalogue.
import * as catalogue from '../catalogue/service';
import { httpHandler } from '../lib/http';

export const handler = httpHandler('catalogue', {
  listServiceItems: ({ query }) => catalogue.listServiceItems(query),
  getServiceItem: ({ params }) => catalogue.getServiceItem(params.id),
});
