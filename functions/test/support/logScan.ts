// Personal data must never reach the logs: finds ID-card numbers, mobile numbers, session tokens
// and secrets in captured log lines.
import { isValidIdNumber } from '@app/shared';

export interface Leak {
  line: number;
  kind: 'idNumber' | 'phone' | 'token' | 'secret';
  /** The match, masked: the report must not leak it again. */
  sample: string;
}

const PATTERNS: { kind: Leak['kind']; re: RegExp; confirm?: (m: string) => boolean }[] = [
  { kind: 'idNumber', re: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, confirm: (m) => isValidIdNumber(m) || /^\d{6}(19|20)\d{2}(0[1-9]|1[0-2])/.test(m) },
  { kind: 'phone', re: /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g },
  { kind: 'token', re: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+|Bearer\s+[A-Za-z0-9._-]{16,}/g },
];

const mask = (s: string): string => (s.length <= 4 ? '****' : `${s.slice(0, 2)}${'*'.repeat(Math.min(s.length - 4, 12))}${s.slice(-2)}`);

export function scanLogs(text: string, secrets: string[] = []): { lines: number; leaks: Leak[] } {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const leaks: Leak[] = [];
  lines.forEach((line, i) => {
    for (const { kind, re, confirm } of PATTERNS) {
      for (const m of line.matchAll(re)) if (!confirm || confirm(m[0])) leaks.push({ line: i + 1, kind, sample: mask(m[0]) });
    }
    for (const secret of secrets.filter((s) => s.length >= 8)) if (line.includes(secret)) leaks.push({ line: i + 1, kind: 'secret', sample: mask(secret) });
  });
  return { lines: lines.length, leaks };
}
