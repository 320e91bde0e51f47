// The error codes, their HTTP statuses and their Chinese sentences, without zod: the H5 app's first
// load words errors before zod has loaded (decisions §89). errors.ts adds the schemas.
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  stale_version: 409,
  conflict: 409,
  transition_refused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  wechat_login_failed: 502,
  service_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
/** What the app shows for each code (Simplified Chinese, for users). */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  validation_failed: '提交的信息有误，请检查后重试',
  malformed_json: '请求格式有误',
  unauthenticated: '请先登录',
  forbidden: '您没有权限进行此操作',
  not_found: '未找到相关内容',
  method_not_allowed: '不支持的操作',
  stale_version: '办件已被他人更新，请刷新后重试',
  conflict: '操作冲突，请刷新后重试',
  transition_refused: '当前状态下不能进行此操作',
  payload_too_large: '提交的内容过大',
  unsupported_media_type: '请以 JSON 格式提交',
  too_many_requests: '操作太频繁，请稍后再试',
  wechat_login_failed: '微信登录失败，请稍后重试',
  service_unavailable: '系统繁忙，请稍后重试',
  internal: '系统开小差了，请稍后重试',
};
