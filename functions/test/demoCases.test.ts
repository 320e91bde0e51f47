// The local stack's demo cases are made through the real service: a person opening `npm start`
// finds cases in many states, each with a timeline that could have happened.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { handler } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import { keys } from '../src/lib/keys';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true, demoCases: true }));

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
  expect(Items).toHaveLength(1);
});
