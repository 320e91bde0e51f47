// The log scanner the test run ends with (globalTeardown) finds what it must, and only that.
import { scanLogs } from './support/logScan';

const line = (o: object) => JSON.stringify({ level: 'INFO', timestamp: '2026-11-25T08:00:00.000Z', service: 'daiban-bangban', ...o });

test('a request line with ids, timings and epoch milliseconds is clean', () => {
  const text = [
    line({ message: 'request', route: 'createCase', status: 200, ms: 41 }),
    line({ message: 'outbox drained', delivered: 12, caseId: '01KAZ6S1T3W3QJ9B7Q2VJ8M1XN', at: 1764057600000 }),
  ].join('\n');
  expect(scanLogs(text)).toEqual({ lines: 2, leaks: [] });
});

test('an ID number, a phone, a session token and a secret are each found, masked', () => {
  const text = [
    line({ message: 'x', applicant: '150102199003077735' }),
    line({ message: 'x', phone: '13904720001' }),
    line({ message: 'x', auth: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LXJlc2lkZW50LTEifQ.c2lnbmF0dXJlc2lnbmF0dXJl' }),
    line({ message: 'x', note: 'test-session-secret-0123456789abcdef' }),
  ].join('\n');
  const { leaks } = scanLogs(text, ['test-session-secret-0123456789abcdef']);
  expect(leaks.map((l) => [l.line, l.kind])).toEqual([
    [1, 'idNumber'],
    [2, 'phone'],
    [3, 'token'],
    [4, 'secret'],
  ]);
  for (const leak of leaks) expect(text).not.toContain(leak.sample);
});
