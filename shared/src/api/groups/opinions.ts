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
    summary: 'Send a suggestion, complaint or praise to the bureau, optionally about one of my cases (at most 10 unanswered)',
    body: CreateOpinionRequest,
    response: OpinionSchema,
    idempotent: true,
  },
  listMyOpinions: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions/mine',
    access: ['resident'],
    summary: 'The signed-in resident’s opinions with the bureau’s answers, newest first',
    query: ListMyOpinionsQuery,
    response: ListOpinionsResponse,
  },
  listOpinions: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions',
    access: ['bureau'],
    summary: 'Opinions by state (open: oldest first; answered: latest answer first), optionally of one kind',
    query: ListOpinionsQuery,
    response: ListOpinionsResponse,
  },
  getOpinion: {
    group: 'opinions',
    method: 'GET',
    path: '/opinions/{id}',
    access: ['resident', 'bureau'],
    summary: 'One opinion, for the resident who sent it and the bureau',
    params: PathIdParams,
    response: OpinionSchema,
  },
  answerOpinion: {
    group: 'opinions',
    method: 'POST',
    path: '/opinions/{id}/answer',
    access: ['bureau'],
    summary: 'Answer an open opinion once; the resident gets a notice',
    params: PathIdParams,
    body: AnswerOpinionRequest,
    response: OpinionSchema,
  },
} satisfies Record<string, RouteDef>;
