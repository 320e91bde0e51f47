// Opaque pagination cursors: base64url JSON, checked against a schema, so a tampered cursor is a 400.
import type * as z from 'zod/mini';
import { AppError } from './errors';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, schema: z.ZodMiniType<T>, field = 'cursor'): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('validation_failed', 'bad cursor', { issues: [{ path: ['query', field], code: 'custom', message: '分页参数无效' }] });
  }
}
