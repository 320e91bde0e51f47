// Errors are values with a code; the HTTP edge maps each code to a status once.
import type { ErrorCode, RefusalReason, ValidationIssue } from '@app/shared';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** `reason`: a registered refusal (shared/src/refusals.ts), which the app words; every 409 has one. */
    readonly details: { issues?: ValidationIssue[]; reason?: RefusalReason; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (why: string) => new AppError('forbidden', why);
