// The refusals of channels: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** The channels that integrate by API key (the mini-program, the app and the windows do not). */
/** Why a channel request is refused beyond its shape (the app and the channel systems show the sentence). */
export const ChannelRefusal = vocabulary({
  apiKeyAlreadyIssued: '该密钥已生成，密钥只显示一次',
  phoneCodeInvalid: '手机号验证已失效，请重新授权',
  phoneNotMainland: '仅支持中国大陆手机号',
});
export type ChannelRefusal = z.infer<typeof ChannelRefusal.schema>;
