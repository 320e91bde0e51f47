// Registers the catalogue's messages when a page that names items loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { catalogueMn } from './catalogue.mn';
import { catalogueZh } from './catalogue.zh';

registerMessages(catalogueZh, catalogueMn);
