// Opinions (意见建议与投诉): residents send suggestions and complaints; the bureau answers them.
import { PathIdParams } from '../../schemas/common';
import { AnswerOpinionRequest, CreateOpinionRequest, ListMyOpinionsQuery, ListOpinionsQuery, ListOpinionsResponse, OpinionSchema } from '../../schemas/opinions';
import type { RouteDef } from '../routes';

export const opinionRoutes = {
  createOpinion: {
    group: 'opinions',
    method: 'POST',
    path: '/opinions',
    access: ['resident'],
    body: CreateOpinionRequest,
    response: OpinionSchema,
    idempotent: true,
  },
  listMyOpinions: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions/mine',
    access: ['resident'],
    query: ListMyOpinionsQuery,
    response: ListOpinionsResponse,
  },
  listOpinions: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions',
    access: ['bureau'],
    query: ListOpinionsQuery,
    response: ListOpinionsResponse,
  },
  getOpinion: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions/{id}',
    access: ['resident', 'bureau'],
    params: PathIdParams,
    response: OpinionSchema,
  },
  answerOpinion: {
    group: 'opinions',
    method: 'POST',
    path: '/opinions/{id}/answer',
    access: ['bureau'],
    params: PathIdParams,
    body: AnswerOpinionRequest,
    response: OpinionSchema,
  },
} satisfies Record<string, RouteDef>;
