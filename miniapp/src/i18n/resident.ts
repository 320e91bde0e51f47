// Registers the resident subpackage's messages when its first page loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { residentMn } from './resident.mn';
import { residentZh } from './resident.zh';

registerMessages(residentZh, residentMn);
