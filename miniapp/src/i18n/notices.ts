// Registers the notices page's messages when the page loads (imported for its effect), so its words
// travel with the page whichever package it ends up in.
import { registerMessages } from '../lib/i18n';
import { noticesMn } from './notices.mn';
import { noticesZh } from './notices.zh';

registerMessages(noticesZh, noticesMn);
