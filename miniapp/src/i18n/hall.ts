// Registers the hall display's messages when the display loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { hallMn } from './hall.mn';
import { hallZh } from './hall.zh';

registerMessages(hallZh, hallMn);
