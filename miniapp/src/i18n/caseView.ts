// Registers the resident's case-page messages when those pages load (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { caseViewMn } from './caseView.mn';
import { caseViewZh } from './caseView.zh';

registerMessages(caseViewZh, caseViewMn);
