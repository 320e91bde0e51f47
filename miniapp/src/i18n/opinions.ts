// Registers the opinions page's messages when the page loads (imported for its effect), so its words
// travel with the page whichever package it ends up in.
import { registerMessages } from '../lib/i18n';
import { opinionsMn } from './opinions.mn';
import { opinionsZh } from './opinions.zh';

registerMessages(opinionsZh, opinionsMn);
