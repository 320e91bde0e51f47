// Registers the account page's messages when the page loads (imported for its effect), so its words
// travel with the page whichever package it ends up in.
import { registerMessages } from '../lib/i18n';
import { accountMn } from './account.mn';
import { accountZh } from './account.zh';

registerMessages(accountZh, accountMn);
