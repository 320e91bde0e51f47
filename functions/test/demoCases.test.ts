// The local stack's demo cases are made through the real service: a person opening `npm start`
// finds cases in many states, each with a timeline that could have happened.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ScorecardResponse, SupervisionDepartmentsResponse, addCalendarDays, chinaDate } from '@app/shared';
import { handler } from '../src/handlers/cases';
import { handler as supervision } from '../src/handlers/supervision';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true, demoCases: true }));
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);

test('the demo residents see cases waiting, in hand, escalated, done and withdrawn', async () => {
  const states = new Set<string>();
  for (const who of ['u-resident-1', 'u-resident-2']) {
    const { body } = await call(handler, { path: '/cases/mine', token: await tokenOf(who) });
    for (const c of body.cases) states.add(c.state);
  }
  expect([...states].sort()).toEqual(
    expect.arrayContaining(['entrusted', 'agreementSigned', 'earlyIntervention', 'supplementRequested', 'coordinating', 'escalated', 'rated', 'resultFedBack', 'withdrawn']),
  );
});

test('agents find work in their inboxes, including parallel sub-tasks from another department', async () => {
  const fgw = await call(handler, { path: '/agent/inbox', query: { view: 'department' }, token: await tokenOf('agt-fgw-1') });
  expect(fgw.body.entries.length).toBeGreaterThan(0);
  const wjw = await call(handler, { path: '/agent/inbox', token: await tokenOf('agt-wjw-1') });
  expect(wjw.body.entries.some((e: { kind: string }) => e.kind === 'subTask')).toBe(true);
});

test('the bad rating left an open rectification for 区人社局', async () => {
  const { Items } = await documentClient().send(
    new QueryCommand({ TableName: config().tableName, IndexName: 'GSI3', KeyConditionExpression: 'gsi3pk = :p', ExpressionAttributeValues: { ':p': keys.departmentRectifications('dept-rsj') } }),
  );
  // The story's own is among them (the year of history may add others).
  const story = await call(handler, { path: '/cases/mine', token: await tokenOf('u-resident-1') });
  const rated = story.body.cases.filter((c: { departmentId: string; state: string }) => c.departmentId === 'dept-rsj' && c.state === 'resultFedBack');
  expect(rated).toHaveLength(1);
  expect(Items?.map((i) => i.caseId)).toContain(rated[0].id);
});

test('the year of history gives the supervision dashboard and the public scorecard something to show', async () => {
  const token = await tokenOf('u-bureau-1');
  const today = chinaDate(new Date());
  const { status, body } = await call(supervision, { path: '/supervision/departments', query: { from: addCalendarDays(today, -364), to: today }, token });
  expect(status).toBe(200);
  const year = SupervisionDepartmentsResponse.parse(body);
  expect(year.total.received).toBeGreaterThanOrEqual(150);
  expect(year.total.done).toBeGreaterThan(year.total.received / 2);
  expect(year.total.lateDone).toBeGreaterThan(0);
  expect(year.total.onTimeRate).toBeGreaterThan(0.7);
  expect(year.total.badRatings).toBeGreaterThan(0);
  expect(year.total.rectifications.open).toBeGreaterThan(0);
  expect(year.total.rectifications.done).toBeGreaterThan(0);
  // Most departments have cases, and their agents figures of their own.
  expect(year.departments.filter((d) => d.figures.received > 0).length).toBeGreaterThanOrEqual(8);
  const month = SupervisionDepartmentsResponse.parse((await call(supervision, { path: '/supervision/departments', token })).body);
  expect(month.total.received).toBeGreaterThan(0);
  const agents = await call(supervision, { path: '/supervision/agents', query: { departmentId: 'dept-fgw', from: addCalendarDays(today, -364), to: today }, token });
  expect(agents.body.agents.some((a: { figures: { done: number } }) => a.figures.done > 0)).toBe(true);
  const card = ScorecardResponse.parse((await call(supervision, { path: '/scorecard' })).body);
  expect(card.windows[1].departments.some((d) => d.satisfactionRate !== null && d.satisfactionRate > 0.5)).toBe(true);
  const done = await call(supervision, { path: '/supervision/rectifications', query: { state: 'done' }, token });
  expect(done.body.rectifications.length).toBeGreaterThan(0);
});
