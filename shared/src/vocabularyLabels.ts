// The labels of the vocabularies the app's first screen shows (事项范围, 层级, 满意度), without zod:
// the H5 home page and the main messages use them before zod has loaded (decisions §89).
// vocabulary.ts builds the zod vocabularies from these tables.

/** 事项范围: the four fields the policy names. */
export const SCOPE_LABELS = {
  investmentApproval: '投资项目审批',
  constructionApproval: '工程建设项目审批',
  enterpriseEstablishment: '企业开办',
  livelihood: '民生服务',
} as const;

export const SCOPES = Object.keys(SCOPE_LABELS) as (keyof typeof SCOPE_LABELS)[];

/** 层级: the three levels of the network, extended to industrial parks. */
export const LEVEL_LABELS = {
  district: '区级',
  streetTown: '街镇',
  community: '嘎查村社区',
  park: '园区',
} as const;

/** 好差评: the five rating levels, best first. */
export const RATING_LEVEL_LABELS = {
  verySatisfied: '非常满意',
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意',
} as const;
