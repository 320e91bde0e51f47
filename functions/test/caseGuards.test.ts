// Every step carries its substance, against DynamoDB Local and s3rver: each precondition of the
// lifecycle refuses with 409 and a named reason, and the refused request changes nothing (the
// whole table compared before and after); the same step goes through once its substance is there.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION, CaseDetailSchema, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { handler } from '../src/handlers/cases';
import { handler as materials } from '../src/handlers/materials';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { useTestBucket } from './support/bucket';
import { call } from './support/http';
import { acceptAll, commitInstead, handInRequired, review, uploadFile } from './support/materials';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await useTestBucket();
});

const RESIDENT = 'u-resident-1';

async function read(who: string, id: string): Promise<CaseDetail> {
  const answer = await call(handler, { path: `/cases/${id}`, token: await tokenOf(who) });
  expect(answer.status).toBe(200);
  return CaseDetailSchema.parse(answer.body);
}
async function act(who: string, c: { id: string; version: number }, body: Record<string, unknown>) {
  return call(handler, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: await tokenOf(who) });
}
async function step(who: string, c: { id: string; version: number }, body: Record<string, unknown>): Promise<CaseDetail> {
  const answer = await act(who, c, body);
  if (answer.status !== 200) throw new Error(`${who} ${String(body.action)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return CaseDetailSchema.parse(answer.body);
}

/** An accepted case of 城乡居民基本养老保险参保登记 (two required materials: 身份证, 户口簿). */
async function acceptedCase(itemId = 'item-ms-pension'): Promise<CaseDetail> {
  const entrusted = await call(handler, {
    method: 'POST',
    path: '/cases',
    token: await tokenOf(RESIDENT),
    headers: { 'Idempotency-Key': ulid() },
    body: { kind: 'entrustment', itemId, serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } },
  });
  expect(entrusted.status).toBe(200);
  let c: CaseDetail = entrusted.body;
  c = await step(RESIDENT, c, { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
  return step(c.assignee!.agentId, c, { action: 'accept' });
}

/** The request is refused with 409 and `reason`, and not one item of the table changed. */
async function refusedUnchanged(send: () => Promise<{ status: number; body: any }>, reason: string | undefined, status = 409): Promise<void> {
  const before = await tableSnapshot();
  const answer = await send();
  expect({ status: answer.status, reason: answer.body?.error?.reason }).toEqual({ status, reason });
  expect(await tableSnapshot()).toBe(before);
}

describe('补正完成 (answerSupplement)', () => {
  test('tapped with every requested material still 未上传, it is refused and nothing changes; after the uploads it goes through', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    c = await step(owner, c, {
      action: 'requestSupplement',
      items: [
        { materialSpecId: 'id-card', name: '申请人身份证', reason: '照片模糊' },
        { materialSpecId: 'household-register', name: '户口簿', reason: '缺少本人页' },
      ],
    });
    expect(c.state).toBe('supplementRequested');
    expect(c.availableActions).not.toContain('answerSupplement');
    expect(c.blockedActions).toEqual([{ action: 'answerSupplement', reason: 'supplementNotHandedIn' }]);
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'answerSupplement' }), 'supplementNotHandedIn');

    // One of the two is not enough.
    await uploadFile(RESIDENT, c.id, 'id-card');
    c = await read(RESIDENT, c.id);
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'answerSupplement' }), 'supplementNotHandedIn');

    await uploadFile(RESIDENT, c.id, 'household-register', 'pdf');
    c = await read(RESIDENT, c.id);
    expect(c.availableActions).toContain('answerSupplement');
    c = await step(RESIDENT, c, { action: 'answerSupplement' });
    expect(c.state).toBe('materialsSubmitted');
  });

  test('an item asked for by name becomes a material of the case the applicant can upload, and is checked like the others', async () => {
    let c = await acceptedCase();
    c = await step(c.owner!.agentId, c, { action: 'requestSupplement', items: [{ name: '近期一寸免冠照片', reason: '参保登记需要照片' }] });
    const extra = c.materialSpecs.find((s) => s.name === '近期一寸免冠照片')!;
    expect(extra).toMatchObject({ required: true, note: '参保登记需要照片' });
    expect(c.supplement?.items[0].materialSpecId).toBe(extra.id);
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'answerSupplement' }), 'supplementNotHandedIn');
    await uploadFile(RESIDENT, c.id, extra.id);
    c = await step(RESIDENT, await read(RESIDENT, c.id), { action: 'answerSupplement' });
    expect(c.state).toBe('materialsSubmitted');
  });
});

describe('报送材料 (submitMaterials)', () => {
  test('with a required material missing the applicant and the agent are refused alike; with all of them it goes through', async () => {
    let c = await acceptedCase();
    expect(c.blockedActions).toEqual([{ action: 'submitMaterials', reason: 'requiredMaterialsMissing' }]);
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'submitMaterials' }), 'requiredMaterialsMissing');
    await uploadFile(RESIDENT, c.id, 'id-card');
    c = await read(RESIDENT, c.id);
    await refusedUnchanged(() => act(c.owner!.agentId, c, { action: 'submitMaterials', note: '代为报送' }), 'requiredMaterialsMissing');
    c = await handInRequired(RESIDENT, c.id);
    c = await step(RESIDENT, c, { action: 'submitMaterials' });
    expect(c.state).toBe('materialsSubmitted');
  });

  test('a 告知承诺 covers its material; a material sent back must be replaced first', async () => {
    let c = await acceptedCase('item-qy-individual');
    const owner = c.owner!.agentId;
    await uploadFile(RESIDENT, c.id, 'application', 'pdf');
    const id = await uploadFile(RESIDENT, c.id, 'id-card');
    await commitInstead(RESIDENT, c.id, 'premises');
    expect((await review(owner, c.id, id.id, 'rejected', '照片反光看不清')).status).toBe(200);
    c = await read(RESIDENT, c.id);
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'submitMaterials' }), 'requiredMaterialsMissing');
    await uploadFile(RESIDENT, c.id, 'id-card');
    c = await step(RESIDENT, await read(RESIDENT, c.id), { action: 'submitMaterials' });
    expect(c.state).toBe('materialsSubmitted');
  });
});

describe('反馈结果 (feedBackResult)', () => {
  test('办结 on a case none of whose required materials was uploaded is refused, then with them handed in but not accepted', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    const approved = { action: 'feedBackResult', outcome: 'approved', summary: '参保登记已完成' };
    await refusedUnchanged(() => act(owner, c, approved), 'requiredMaterialsNotAccepted');
    c = await handInRequired(RESIDENT, c.id);
    c = await step(RESIDENT, c, { action: 'submitMaterials' });
    await refusedUnchanged(() => act(owner, c, approved), 'requiredMaterialsNotAccepted');
    c = await acceptAll(owner, c.id);
    c = await step(owner, c, approved);
    expect(c.result).toMatchObject({ outcome: 'approved' });
    expect(c.result?.waivers).toBeUndefined();
  });

  test('a waiver per material not accepted, with its reason, lets 办结 through and goes on the timeline; a waiver of a material the case lacks is 400', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    const idCard = await uploadFile(RESIDENT, c.id, 'id-card');
    expect((await review(owner, c.id, idCard.id, 'accepted')).status).toBe(200);
    c = await read(owner, c.id);
    await refusedUnchanged(
      () =>
        act(owner, c, {
          action: 'feedBackResult',
          outcome: 'approved',
          summary: '已办结',
          waivers: [{ materialSpecId: 'household-register', reason: '原件已核验' }, { materialSpecId: 'no-such-material', reason: '原件已核验' }],
        }),
      undefined,
      400,
    );
    await refusedUnchanged(() => act(owner, c, { action: 'feedBackResult', outcome: 'approved', summary: '已办结', waivers: [{ materialSpecId: 'id-card', reason: '原件已核验' }] }), 'requiredMaterialsNotAccepted');
    c = await step(owner, c, {
      action: 'feedBackResult',
      outcome: 'approved',
      summary: '参保登记已完成',
      waivers: [{ materialSpecId: 'household-register', reason: '户口簿原件已在窗口核验' }, { materialSpecId: 'id-card', reason: '多余的' }],
    });
    // Only the waiver that was needed is kept.
    expect(c.result?.waivers).toEqual([{ materialSpecId: 'household-register', name: '户口簿', reason: '户口簿原件已在窗口核验' }]);
    const event = c.timeline.find((e) => e.action === 'feedBackResult');
    expect(event?.data).toEqual({ outcome: 'approved', waivers: [{ materialSpecId: 'household-register', name: '户口簿', reason: '户口簿原件已在窗口核验' }] });
  });

  test('不予办理 without its reason is refused; with it, the reason is kept and told to the applicant', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    await refusedUnchanged(() => act(owner, c, { action: 'feedBackResult', outcome: 'notApproved', summary: '不予办理' }), 'refusalReasonMissing');
    await refusedUnchanged(() => act(owner, c, { action: 'feedBackResult', outcome: 'notApproved', summary: '不予办理', reason: '不符合' }), 'refusalReasonMissing');
    c = await step(owner, c, { action: 'feedBackResult', outcome: 'notApproved', summary: '不予办理', reason: '已在外省参加职工养老保险，不能重复参保' });
    expect(c.result).toMatchObject({ outcome: 'notApproved', reason: '已在外省参加职工养老保险，不能重复参保' });
    expect((await read(RESIDENT, c.id)).result?.reason).toContain('重复参保');
  });
});

describe('a material left 待审核 when the case moves on', () => {
  test('it stays reviewable after the result, holds the archive back, and is closed to review once archived', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    c = await handInRequired(RESIDENT, c.id);
    c = await acceptAll(owner, c.id);
    // An accepted material is not uploaded again unless a supplement names it.
    const late = await uploadFile(owner, c.id, 'id-card').catch((error: Error) => error);
    expect(String(late)).toContain('materialAlreadyAccepted');
    c = await step(owner, c, { action: 'requestSupplement', items: [{ materialSpecId: 'household-register', name: '户口簿', reason: '需补充变更页' }] });
    const page = await uploadFile(RESIDENT, c.id, 'household-register', 'pdf');
    c = await step(RESIDENT, await read(RESIDENT, c.id), { action: 'answerSupplement' });
    // The owner feeds back the result while the new page is still 待审核 (waived for the result).
    c = await step(owner, c, { action: 'feedBackResult', outcome: 'approved', summary: '参保登记已完成', waivers: [{ materialSpecId: 'household-register', reason: '变更页原件已核验' }] });
    expect(c.state).toBe('resultFedBack');
    expect(c.blockedActions).toEqual([{ action: 'archive', reason: 'materialsAwaitingReview' }]);
    await refusedUnchanged(() => act(owner, c, { action: 'archive' }), 'materialsAwaitingReview');
    // Still reviewable: 通过 works after the result.
    expect((await review(owner, c.id, page.id, 'accepted')).status).toBe(200);
    c = await step(owner, await read(owner, c.id), { action: 'archive' });
    expect(c.state).toBe('archived');
  });

  test('a version the applicant replaced cannot be reviewed; the archive closes review for good', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    const first = await uploadFile(RESIDENT, c.id, 'id-card');
    await uploadFile(RESIDENT, c.id, 'id-card');
    await refusedUnchanged(() => review(owner, c.id, first.id, 'accepted'), 'materialReplaced');
    c = await step(owner, await read(owner, c.id), { action: 'feedBackResult', outcome: 'informed', summary: '已告知线下办理方式' });
    const pending = c.materials.find((m) => m.status === 'pending' && m.id !== first.id)!;
    c = await acceptAll(owner, c.id);
    c = await step(owner, c, { action: 'archive' });
    await refusedUnchanged(() => review(owner, c.id, pending.id, 'rejected', '补充说明'), 'materialsNotReviewable');
  });
});

describe('a 差评 (rate 不满意 / 非常不满意)', () => {
  test('without a problem category, or with a comment under five characters, it is refused; with both the rectification carries them', async () => {
    let c = await acceptedCase();
    const owner = c.owner!.agentId;
    c = await step(owner, c, { action: 'feedBackResult', outcome: 'informed', summary: '已告知' });
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'rate', level: 'dissatisfied', comment: '办理太慢了，等了很久' }), 'badRatingNeedsCategory');
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'rate', level: 'dissatisfied', categories: [] }), 'badRatingNeedsCategory');
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'rate', level: 'veryDissatisfied', categories: ['efficiency'], comment: '太慢' }), 'badRatingNeedsComment');
    // An unknown category is bad input.
    await refusedUnchanged(() => act(RESIDENT, c, { action: 'rate', level: 'dissatisfied', categories: ['rudeness'], comment: '办理太慢了' }), undefined, 400);
    c = await step(RESIDENT, c, { action: 'rate', level: 'veryDissatisfied', categories: ['process', 'efficiency', 'process'], comment: '材料退回三次才说清楚' });
    expect(c.rating).toMatchObject({ level: 'veryDissatisfied', categories: ['efficiency', 'process'], comment: '材料退回三次才说清楚' });
    const { Items } = await documentClient().send(
      new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p AND sk = :s', ExpressionAttributeValues: { ':p': keys.casePartition(c.id), ':s': 'RECTIFICATION' } }),
    );
    expect(Items?.[0]).toMatchObject({ categories: ['efficiency', 'process'], comment: '材料退回三次才说清楚', state: 'open' });
  });

  test('a good rating needs no category and no comment', async () => {
    let c = await acceptedCase();
    c = await step(c.owner!.agentId, c, { action: 'feedBackResult', outcome: 'informed', summary: '已告知' });
    c = await step(RESIDENT, c, { action: 'rate', level: 'basicallySatisfied' });
    expect(c.rectification).toBeUndefined();
  });
});

test('a material the agent accepted is handed in again only when a supplement names it', async () => {
  let c = await acceptedCase();
  const owner = c.owner!.agentId;
  const card = await uploadFile(RESIDENT, c.id, 'id-card');
  await review(owner, c.id, card.id, 'accepted');
  const again = async () =>
    call(materials, { method: 'POST', path: `/cases/${c.id}/uploads`, token: await tokenOf(RESIDENT), body: { materialSpecId: 'id-card', fileName: '身份证.png', contentType: 'image/png', size: 100 } });
  await refusedUnchanged(again, 'materialAlreadyAccepted');
  c = await step(owner, await read(owner, c.id), { action: 'requestSupplement', items: [{ materialSpecId: 'id-card', name: '申请人身份证', reason: '身份证已过期，请上传新证' }] });
  expect((await again()).status).toBe(200);
});
