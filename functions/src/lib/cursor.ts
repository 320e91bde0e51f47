// Opaque pagination cursors: base64url JSON, rejected with a 400 when a client tampers with them.
import { AppError } from './errors';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('validation_failed', 'bad cursor', { issues: [{ path: [field], code: 'custom', message: '分页参数无效' }] });
  }
}
