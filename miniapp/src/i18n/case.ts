// Registers a case's messages when a page that shows a case loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { caseMn } from './case.mn';
import { caseZh } from './case.zh';

registerMessages(caseZh, caseMn);
