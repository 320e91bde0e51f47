// A commitment deadline must not depend on where the machine thinks it is: the same arithmetic,
// run in a child process west of UTC and east of it, gives the same answers as here.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { addWorkingDays, commitmentDueDate, isWorkingDay, workingDaysLeft } from '@app/shared';
import { OFFICIAL_CALENDAR } from './officialArrangements';

const probe = `
  const d = require(${JSON.stringify(path.join(__dirname, '../src/deadline.ts'))});
  const cal = require(${JSON.stringify(path.join(__dirname, 'officialArrangements.ts'))}).OFFICIAL_CALENDAR;
  console.log(JSON.stringify([
    ['2026-09-19', '2026-09-20', '2026-10-01', '2026-10-10', '2025-01-26', '2026-02-14', '2026-02-16'].map((x) => d.isWorkingDay(cal, x)),
    d.addWorkingDays(cal, '2026-09-30', 5),
    d.addWorkingDays(cal, '2026-02-12', 3),
    d.commitmentDueDate(cal, '2026-09-29T16:30:00Z', 2),
    d.workingDaysLeft(cal, '2026-10-05', '2026-09-30'),
  ]));
`;

const cal = OFFICIAL_CALENDAR;
const here = () => [
  ['2026-09-19', '2026-09-20', '2026-10-01', '2026-10-10', '2025-01-26', '2026-02-14', '2026-02-16'].map((x) => isWorkingDay(cal, x)),
  addWorkingDays(cal, '2026-09-30', 5),
  addWorkingDays(cal, '2026-02-12', 3),
  commitmentDueDate(cal, '2026-09-29T16:30:00Z', 2),
  workingDaysLeft(cal, '2026-10-05', '2026-09-30'),
];

test.each(['America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
  'a machine set to %s computes the same working days and due dates',
  (tz) => {
    const tsx = path.join(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['-e', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8', cwd: path.join(__dirname, '../..') });
    expect(JSON.parse(out)).toEqual(here());
    expect(here()[1]).toBe('2026-10-13');
  },
);
