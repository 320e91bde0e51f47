// The 代办帮办 agreement the applicant signs: its text is versioned, and the signed version is
// stored with the case.
import type { Language } from './schemas/identity';

export const AGREEMENT_VERSION = '2026-01';

export const AGREEMENT_TITLE = '昆都仑区政务服务代办帮办委托协议';

/** Each clause of the agreement, in order; the app shows them all and the signer scrolls to the end. */
export const AGREEMENT_CLAUSES: readonly string[] = [
  '一、委托人自愿委托昆都仑区政务服务代办帮办人员，按照对外公开的审批流程和承诺时限，为本人（本单位）提供咨询、指导、协调、代办或帮办服务。',
  '二、代办帮办服务全程免费。除法律法规明确由委托人承担的费用外，代办帮办人员不得以任何名义收取费用。',
  '三、委托人应如实提供办理事项所需的申请材料，对材料的真实性、合法性负责；材料不齐或有误时，应按代办帮办人员的补正告知及时补正。',
  '四、委托人同意代办帮办人员为办理本事项收集、使用、向审批部门报送本人（本单位）的必要信息和材料；上述信息仅用于本事项办理，依法保密，办结归档后按档案管理规定保存。',
  '五、代办帮办人员应首问负责、限时办结，及时向委托人反馈办理进度和结果；涉及多个部门的事项，由区政务服务局组织协调、并联办理。',
  '六、委托人可随时撤回委托；已报送审批部门的材料按审批部门规定处理。',
  '七、办结后，代办帮办人员将进行回访，委托人可通过“好差评”对服务作出评价。',
];

export const FREE_OF_CHARGE_STATEMENT = '本人知悉代办帮办服务全程免费。';
export const DATA_CONSENT_STATEMENT = '本人同意为办理本事项处理本人（本单位）的个人信息和材料。';

/**
 * One language's text of the agreement, as shown and as kept with the signature. Each text has its
 * own version: a signature names the version, and the version names exactly one text (issue 17).
 */
export interface AgreementText {
  version: string;
  language: Language;
  title: string;
  clauses: readonly string[];
  freeOfCharge: string;
  dataConsent: string;
}

/** The Chinese text, the source; the Mongolian is in agreementMn.ts. */
export const AGREEMENT_ZH: AgreementText = {
  version: AGREEMENT_VERSION,
  language: 'zh',
  title: AGREEMENT_TITLE,
  clauses: AGREEMENT_CLAUSES,
  freeOfCharge: FREE_OF_CHARGE_STATEMENT,
  dataConsent: DATA_CONSENT_STATEMENT,
};
