// Error codes are values shared by the API and the app: the API maps each to one HTTP status,
// the app shows each as one Chinese sentence.
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { ERROR_STATUS, type ErrorCode } from './errorCodes';
import type { RefusalReason } from './refusals';

export { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from './errorCodes';

export const ErrorCodeSchema = lazy(() => z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]));

export const ValidationIssueSchema = lazy(() => z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
}));
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

/** The one error shape every endpoint answers with. */
export const ApiErrorSchema = lazy(() => z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    issues: z.optional(z.array(ValidationIssueSchema)),
    /** Named refusal of the case state machine, when code is transition_refused. */
    reason: z.optional(z.string()),
  }),
}));
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The 409 codes, and the reason a 409 carries when the code is all the refusing code said. */
export type ConflictCode = Extract<ErrorCode, 'stale_version' | 'conflict' | 'transition_refused'>;
export const DEFAULT_REFUSAL: Readonly<Record<ConflictCode, RefusalReason>> = {
  stale_version: 'staleVersion',
  conflict: 'concurrentChange',
  transition_refused: 'notAllowedInState',
};
