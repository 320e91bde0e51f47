// Test fixture: a case written straight through the data layer, in whatever state a test needs.
import { ulid } from 'ulid';
import type { CaseRecord } from '../../src/cases/record';
import { commitChange } from '../../src/cases/repository';
import { demoAgents, demoItems, demoPoints, demoUsers } from '../../local/demoData';

export const fixtureResident = demoUsers.find((u) => u.role === 'resident')!;

export async function createTestCase(overrides: Partial<CaseRecord> = {}): Promise<CaseRecord> {
  const item = demoItems.find((i) => i.materials.some((m) => m.commitmentAllowed)) ?? demoItems[0];
  const agent = demoAgents.find((a) => a.departmentId === item.departmentId && !a.servicePointId);
  const now = new Date().toISOString();
  const record: CaseRecord = {
    id: ulid(),
    number: `KDL-TEST-${Math.floor(Math.random() * 1e6)}`,
    kind: 'entrustment',
    state: 'accepted',
    version: 3,
    itemId: item.id,
    itemName: item.name,
    departmentId: item.departmentId,
    departmentName: item.departmentName,
    commitmentDays: item.commitmentDays,
    serviceKind: 'handleOnBehalf',
    serviceMode: 'online',
    channel: 'miniProgram',
    servicePointId: undefined,
    applicantUserId: fixtureResident.userId,
    applicant: { name: fixtureResident.name, phone: '13904721234' },
    ownerAgentId: agent?.id,
    acceptedAt: now,
    dueDate: '2026-12-31',
    openSubTasks: 0,
    subTaskDepartmentIds: [],
    rated: false,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await commitChange({
    before: null,
    after: record,
    event: { id: ulid(), at: now, actor: { role: 'system', name: 'test' }, action: 'accept', to: record.state },
  });
  return record;
}

export const fixturePoint = demoPoints[1];
