// Every step carries its substance: the state machine's preconditions read on a case's facts (its
// materials, the supplement owed, the request itself), without I/O.
import {
  CaseState,
  MaterialState,
  Refusal,
  blockedActions,
  checklistOf,
  decide,
  isPrecondition,
  materialsReviewable,
  mayHandIn,
  requiredMissing,
  supplementOutstanding,
  type CaseActionRequest,
  type CaseFacts,
  type Material,
  type MaterialSpec,
} from '@app/shared';

const spec = (id: string, name: string, required = true, commitmentAllowed = false): MaterialSpec => ({ id, name, required, commitmentAllowed });
/** 企业设立登记: three required materials (住所 may be a 告知承诺) and an optional mandate. */
const SPECS = [spec('application', '申请书'), spec('articles', '公司章程'), spec('premises', '住所使用证明', true, true), spec('mandate', '授权委托书', false)];

let clock = Date.parse('2026-11-26T02:00:00Z');
let serial = 0;
function handIn(materialSpecId: string, status: Material['status'] = 'pending', kind: Material['kind'] = 'file', at?: string): Material {
  clock += 60_000;
  serial += 1;
  return {
    id: `01JMAT${String(serial).padStart(20, '0')}`,
    caseId: 'c1',
    materialSpecId,
    name: materialSpecId,
    kind,
    status,
    uploadedBy: { userId: 'u1', role: 'resident', name: '张丽' },
    uploadedAt: at ?? new Date(clock).toISOString(),
  };
}
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({ rated: false, openSubTasks: 0, materialSpecs: SPECS, materials: [], ...over });
const body = <A extends CaseActionRequest['action']>(b: Omit<Extract<CaseActionRequest, { action: A }>, 'version'> & { action: A }) =>
  ({ version: 1, ...b }) as CaseActionRequest;

describe('the material checklist', () => {
  test('each material of the list reads 未上传 / 待审核 / 已通过 / 已退回 / 告知承诺 from its newest version', () => {
    const materials = [handIn('application', 'rejected'), handIn('application', 'pending'), handIn('articles', 'accepted'), handIn('premises', 'pending', 'commitment')];
    const list = checklistOf(SPECS, materials);
    expect(list.map((e) => MaterialState.labels[e.state])).toEqual(['待审核', '已通过', '告知承诺', '未上传']);
    // The rejected first photo is history: the re-upload replaced it.
    expect(list[0].latest?.id).toBe(materials[1].id);
    expect(list[0].replaced.map((m) => m.id)).toEqual([materials[0].id]);
  });

  test('two uploads stamped in the same millisecond still order by their ids', () => {
    const at = '2026-11-26T02:30:00.000Z';
    const first = handIn('articles', 'rejected', 'file', at);
    const second = handIn('articles', 'pending', 'file', at);
    expect(checklistOf(SPECS, [second, first])[1].latest?.id).toBe(second.id);
  });

  test('an accepted material is handed in again only when a supplement request names it anew', () => {
    const materials = [handIn('articles', 'accepted')];
    expect(mayHandIn('articles', materials)).toBe(false);
    expect(mayHandIn('application', materials)).toBe(true);
    expect(mayHandIn('articles', materials, { items: [{ materialSpecId: 'articles', name: '公司章程' }], requestedAt: new Date(clock).toISOString() })).toBe(true);
  });

  test('every state a case can be in before its archive keeps its materials reviewable; archived and closed cases do not', () => {
    const reviewable = CaseState.values.filter(materialsReviewable);
    expect(reviewable).toContain('resultFedBack');
    expect(reviewable).toContain('supplementRequested');
    for (const state of ['archived', 'followUpVisited', 'rated', 'withdrawn', 'consultationConcluded'] as const) expect(reviewable).not.toContain(state);
  });
});

describe('报送材料 needs every required material uploaded or covered by 告知承诺', () => {
  test('with nothing uploaded the applicant hears which step is missing what', () => {
    expect(decide('accepted', 'resident', 'submitMaterials', facts())).toEqual({ ok: false, refusal: 'requiredMaterialsMissing' });
    expect(requiredMissing(SPECS, []).map((s) => s.name)).toEqual(['申请书', '公司章程', '住所使用证明']);
  });

  test('a 告知承诺 covers its material, an optional one is not needed, a rejected one must be replaced', () => {
    const materials = [handIn('application'), handIn('articles', 'rejected'), handIn('premises', 'pending', 'commitment')];
    expect(decide('accepted', 'resident', 'submitMaterials', facts({ materials }))).toEqual({ ok: false, refusal: 'requiredMaterialsMissing' });
    materials.push(handIn('articles'));
    expect(decide('accepted', 'resident', 'submitMaterials', facts({ materials }))).toEqual({ ok: true, to: 'materialsSubmitted' });
    // 代办: the agent submitting on the applicant's behalf meets the same rule.
    expect(decide('accepted', 'agent', 'submitMaterials', facts({ materials }))).toEqual({ ok: true, to: 'materialsSubmitted' });
  });

  test('the app shows the button disabled with its reason; a blocked step is never offered as available', () => {
    expect(blockedActions('accepted', 'resident', facts())).toEqual([{ action: 'submitMaterials', reason: 'requiredMaterialsMissing' }]);
    expect(blockedActions('accepted', 'resident', facts({ materials: SPECS.map((s) => handIn(s.id)) }))).toEqual([]);
  });
});

describe('补正完成 needs each material the request named handed in after it was made', () => {
  const requested = () => {
    const materials = [handIn('articles', 'rejected')];
    const supplement = { items: [{ materialSpecId: 'articles', name: '公司章程' }, { materialSpecId: 'premises', name: '住所使用证明' }], requestedAt: new Date(clock).toISOString() };
    return { materials, supplement };
  };

  test('tapped with nothing uploaded, it is refused with a reason', () => {
    const { materials, supplement } = requested();
    expect(decide('supplementRequested', 'resident', 'answerSupplement', facts({ materials, supplement }))).toEqual({ ok: false, refusal: 'supplementNotHandedIn' });
    expect(blockedActions('supplementRequested', 'resident', facts({ materials, supplement })).map((b) => b.reason)).toEqual(['supplementNotHandedIn']);
  });

  test('one item answered is not enough; an upload from before the request does not count', () => {
    const { materials, supplement } = requested();
    const old = handIn('premises', 'pending', 'file', new Date(Date.parse(supplement.requestedAt) - 3_600_000).toISOString());
    materials.push(handIn('articles'), old);
    expect(supplementOutstanding(supplement, materials).map((i) => i.name)).toEqual(['住所使用证明']);
    expect(decide('supplementRequested', 'resident', 'answerSupplement', facts({ materials, supplement })).ok).toBe(false);
  });

  test('an upload or a 告知承诺 for each named material lets the answer through', () => {
    const { materials, supplement } = requested();
    materials.push(handIn('articles'), handIn('premises', 'pending', 'commitment'));
    expect(decide('supplementRequested', 'resident', 'answerSupplement', facts({ materials, supplement }))).toEqual({ ok: true, to: 'materialsSubmitted' });
  });

  test('a re-upload the agent already sent back does not answer the request', () => {
    const { materials, supplement } = requested();
    materials.push(handIn('articles', 'rejected'), handIn('premises'));
    expect(supplementOutstanding(supplement, materials).map((i) => i.name)).toEqual(['公司章程']);
  });
});

describe('反馈结果: 办结 needs the required materials accepted or waived; 不予办理 needs its reason', () => {
  const handedIn = () => SPECS.filter((s) => s.required).map((s) => handIn(s.id));
  const approved = (waivers?: { materialSpecId: string; reason: string }[]) =>
    body<'feedBackResult'>({ action: 'feedBackResult', outcome: 'approved', summary: '营业执照已核发', waivers });

  test('materials handed in but not accepted: 办结 is refused', () => {
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts({ materials: handedIn() }), approved())).toEqual({ ok: false, refusal: 'requiredMaterialsNotAccepted' });
  });

  test('every required material accepted, or each of the rest waived with a reason: 办结 goes through', () => {
    const materials = handedIn();
    materials.push(handIn('application', 'accepted'), handIn('articles', 'accepted'));
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts({ materials }), approved())).toEqual({ ok: false, refusal: 'requiredMaterialsNotAccepted' });
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts({ materials }), approved([{ materialSpecId: 'premises', reason: '  ' }])).ok).toBe(false);
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts({ materials }), approved([{ materialSpecId: 'premises', reason: '原件已在窗口核验' }]))).toEqual({ ok: true, to: 'resultFedBack' });
    materials.push(handIn('premises', 'accepted', 'commitment'));
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts({ materials }), approved())).toEqual({ ok: true, to: 'resultFedBack' });
  });

  test('不予办理 without a reason of five characters is refused; with one it goes through; 告知 needs neither', () => {
    const refuse = (reason?: string) => body<'feedBackResult'>({ action: 'feedBackResult', outcome: 'notApproved', summary: '不予办理', reason });
    expect(decide('accepted', 'agent', 'feedBackResult', facts(), refuse())).toEqual({ ok: false, refusal: 'refusalReasonMissing' });
    expect(decide('accepted', 'agent', 'feedBackResult', facts(), refuse('不符合'))).toEqual({ ok: false, refusal: 'refusalReasonMissing' });
    expect(decide('accepted', 'agent', 'feedBackResult', facts(), refuse('经营场所位于居民住宅楼内，不符合规定'))).toEqual({ ok: true, to: 'resultFedBack' });
    expect(decide('accepted', 'agent', 'feedBackResult', facts(), body<'feedBackResult'>({ action: 'feedBackResult', outcome: 'informed', summary: '已告知办理方式' })).ok).toBe(true);
  });

  test('the button stays offered (the outcome is chosen in its form); only open sub-tasks hold it back', () => {
    expect(decide('materialsSubmitted', 'agent', 'feedBackResult', facts()).ok).toBe(true);
    expect(blockedActions('coordinating', 'agent', facts({ openSubTasks: 1 }))).toEqual([{ action: 'feedBackResult', reason: 'subTasksOpen' }]);
  });
});

describe('a 差评 carries what went wrong (GB/T 39734)', () => {
  const rate = (level: 'dissatisfied' | 'veryDissatisfied' | 'basicallySatisfied', categories?: ('efficiency' | 'process')[], comment?: string) =>
    body<'rate'>({ action: 'rate', level, categories, comment });

  test('不满意 with no category is refused, then with a comment under five characters', () => {
    expect(decide('resultFedBack', 'resident', 'rate', facts(), rate('dissatisfied'))).toEqual({ ok: false, refusal: 'badRatingNeedsCategory' });
    expect(decide('resultFedBack', 'resident', 'rate', facts(), rate('veryDissatisfied', ['efficiency'], '太慢'))).toEqual({ ok: false, refusal: 'badRatingNeedsComment' });
    expect(decide('resultFedBack', 'resident', 'rate', facts(), rate('veryDissatisfied', ['efficiency', 'process'], '材料退回了三次'))).toEqual({ ok: true, to: 'resultFedBack' });
  });

  test('a good rating needs neither', () => {
    expect(decide('archived', 'resident', 'rate', facts(), rate('basicallySatisfied'))).toEqual({ ok: true, to: 'archived' });
  });
});

describe('归档 needs every current material reviewed', () => {
  test('a material left 待审核 holds the archive back until the agent reviews it', () => {
    const materials = [handIn('application', 'accepted'), handIn('mandate')];
    expect(decide('resultFedBack', 'agent', 'archive', facts({ materials }))).toEqual({ ok: false, refusal: 'materialsAwaitingReview' });
    expect(blockedActions('resultFedBack', 'agent', facts({ materials }))).toEqual([{ action: 'archive', reason: 'materialsAwaitingReview' }]);
    expect(decide('resultFedBack', 'agent', 'archive', facts({ materials: [...materials, { ...materials[1], id: `${materials[1].id}X`, status: 'accepted', uploadedAt: new Date(clock + 1).toISOString() }] }))).toEqual({ ok: true, to: 'archived' });
  });
});

test('every new refusal is a precondition with a Chinese sentence', () => {
  for (const refusal of ['requiredMaterialsMissing', 'supplementNotHandedIn', 'requiredMaterialsNotAccepted', 'refusalReasonMissing', 'badRatingNeedsCategory', 'badRatingNeedsComment', 'materialsAwaitingReview'] as const) {
    expect(isPrecondition(refusal)).toBe(true);
    expect(Refusal.labels[refusal]).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(isPrecondition('notAllowedInState')).toBe(false);
});
