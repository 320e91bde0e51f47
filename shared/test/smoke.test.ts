import { decide } from '@app/shared';

test('an applicant can entrust a new case', () => {
  expect(decide(null, 'resident', 'entrust', { rated: false, openSubTasks: 0 })).toEqual({ ok: true, to: 'entrusted' });
});
