// Registers the entrustment's messages when its page or step logic loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { entrustMn } from './entrust.mn';
import { entrustZh } from './entrust.zh';

registerMessages(entrustZh, entrustMn);
