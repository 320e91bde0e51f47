// Registers the points page's messages when the page loads (imported for its effect), so its words
// travel with the page whichever package it ends up in.
import { registerMessages } from '../lib/i18n';
import { pointsMn } from './points.mn';
import { pointsZh } from './points.zh';

registerMessages(pointsZh, pointsMn);
