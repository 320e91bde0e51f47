// Lambda: opinions (意见建议与投诉) — residents send them, the bureau answers.
import { opinionRoutes } from '../../../shared/src/api/groups/opinions';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import * as opinions from '../opinions/service';

export const handler = httpHandler('opinions', opinionRoutes, {
  createOpinion: ({ principal, body, idempotencyKey }) => opinions.createOpinion(principal!, body, idempotencyKey!),
  listMyOpinions: ({ principal, query }) => opinions.listMyOpinions(principal!, query),
  listOpinions: ({ query }) => opinions.listOpinions(query),
  getOpinion: ({ principal, params }) => opinions.getOpinion(principal!, params.id),
  answerOpinion: ({ principal, params, body }) => opinions.answerOpinion(principal!, params.id, body),
}, { rateLimiter: spendAttempt });
