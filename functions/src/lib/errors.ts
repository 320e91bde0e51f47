// Errors are values with a code; the HTTP edge maps each code to a status once.
import type { ErrorCode, Refusal, ValidationIssue } from '@app/shared';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: { issues?: ValidationIssue[]; reason?: Refusal | string; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (why: string) => new AppError('forbidden', why);
