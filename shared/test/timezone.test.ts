// A commitment deadline must not depend on where the machine thinks it is: the same arithmetic,
// run in a child process west of UTC and east of it, gives the same answers as here.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { addWorkingDays, commitmentDueDate, isWorkingDay, workingDaysLeft } from '@app/shared';

const probe = `
  const d = require(${JSON.stringify(path.join(__dirname, '../src/deadline.ts'))});
  console.log(JSON.stringify([
    ['2026-09-19', '2026-09-20', '2026-10-01', '2026-10-10', '2025-01-26', '2026-02-14', '2026-02-16'].map(d.isWorkingDay),
    d.addWorkingDays('2026-09-30', 5),
    d.addWorkingDays('2026-02-12', 3),
    d.commitmentDueDate('2026-09-29T16:30:00Z', 2),
    d.workingDaysLeft('2026-10-05', '2026-09-30'),
  ]));
`;

const here = () => [
  ['2026-09-19', '2026-09-20', '2026-10-01', '2026-10-10', '2025-01-26', '2026-02-14', '2026-02-16'].map(isWorkingDay),
  addWorkingDays('2026-09-30', 5),
  addWorkingDays('2026-02-12', 3),
  commitmentDueDate('2026-09-29T16:30:00Z', 2),
  workingDaysLeft('2026-10-05', '2026-09-30'),
];

test.each(['America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
  'a machine set to %s computes the same working days and due dates',
  (tz) => {
    const tsx = path.join(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['-e', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(here());
    expect(here()[1]).toBe('2026-10-13');
  },
);
