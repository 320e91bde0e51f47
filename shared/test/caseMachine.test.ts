// The case lifecycle checked against the policy's own steps, written out here independently of
// TRANSITIONS, for every state (and "no case yet") × every action × every role.
import {
  CaseAction,
  CaseState,
  Refusal,
  Role,
  TERMINAL_STATES,
  availableActions,
  awaiting,
  deadlineRunning,
  decide,
  stateFamily,
  type CaseFacts,
  type Decision,
} from '@app/shared';

const NO_CASE = 'noCase';
type From = CaseState | typeof NO_CASE;
type Row = readonly [from: From, action: CaseAction, who: string, to: CaseState];

const FRESH: CaseFacts = { rated: false, openSubTasks: 0, materialSpecs: [], materials: [] };

/**
 * What the policy allows, one line per (state, action): 提前介入 → 接受委托 → 签订协议 → 受理 →
 * 材料报送 → 协调办理 (并联 sub-tasks, 补正) → 反馈结果 → 归档材料 → 回访评估, with 转办, 上报 and
 * 撤回 around it. "who" lists the roles; a line whose "to" equals its "from" keeps the state.
 * Facts are FRESH here (not rated, no open sub-task); the facts-dependent cases have their own tests.
 */
const ALLOWED: readonly Row[] = [
  // 提前介入: a resident asks ahead, or an agent reaches out first; it ends in an entrustment or a reply.
  [NO_CASE, 'openPreConsultation', 'resident agent', 'earlyIntervention'],
  ['earlyIntervention', 'recordConsultation', 'agent', 'earlyIntervention'],
  ['earlyIntervention', 'concludeConsultation', 'agent', 'consultationConcluded'],
  // 接受委托: from any channel, keyed in by the resident or by an agent at a window / the 12345 hotline.
  [NO_CASE, 'entrust', 'resident agent', 'entrusted'],
  ['earlyIntervention', 'entrust', 'resident agent', 'entrusted'],
  // 签订协议: only the applicant can sign their own agreement.
  ['entrusted', 'signAgreement', 'resident agent', 'agreementSigned'],
  // 受理: by an agent of the department, also when a case was transferred to it.
  ['agreementSigned', 'accept', 'agent', 'accepted'],
  ['transferred', 'accept', 'agent', 'accepted'],
  // Progress notes on the timeline while the case is being handled.
  ['accepted', 'recordProgress', 'agent bureau', 'accepted'],
  ['materialsSubmitted', 'recordProgress', 'agent bureau', 'materialsSubmitted'],
  ['supplementRequested', 'recordProgress', 'agent bureau', 'supplementRequested'],
  ['coordinating', 'recordProgress', 'agent bureau', 'coordinating'],
  ['transferred', 'recordProgress', 'agent bureau', 'transferred'],
  ['escalated', 'recordProgress', 'agent bureau', 'escalated'],
  // 材料报送: the applicant uploads, or the agent submits on their behalf (代办).
  ['accepted', 'submitMaterials', 'resident agent', 'materialsSubmitted'],
  // 补正: the agent asks for missing materials; the applicant (or the agent for them) answers.
  ['accepted', 'requestSupplement', 'agent', 'supplementRequested'],
  ['materialsSubmitted', 'requestSupplement', 'agent', 'supplementRequested'],
  ['coordinating', 'requestSupplement', 'agent', 'supplementRequested'],
  ['supplementRequested', 'answerSupplement', 'resident agent', 'materialsSubmitted'],
  // 协调办理 and 并联办理: the bureau may split a multi-department case too.
  ['materialsSubmitted', 'startCoordination', 'agent', 'coordinating'],
  ['materialsSubmitted', 'splitSubTasks', 'agent bureau', 'coordinating'],
  ['coordinating', 'splitSubTasks', 'agent bureau', 'coordinating'],
  ['coordinating', 'completeSubTask', 'agent', 'coordinating'],
  ['escalated', 'completeSubTask', 'agent', 'escalated'],
  // 转办 to another department of the district, before or during handling.
  ['agreementSigned', 'transfer', 'agent bureau', 'transferred'],
  ['accepted', 'transfer', 'agent bureau', 'transferred'],
  ['materialsSubmitted', 'transfer', 'agent bureau', 'transferred'],
  ['supplementRequested', 'transfer', 'agent bureau', 'transferred'],
  ['coordinating', 'transfer', 'agent bureau', 'transferred'],
  // 上报 to an upper-level or other-region authority.
  ['accepted', 'escalate', 'agent bureau', 'escalated'],
  ['materialsSubmitted', 'escalate', 'agent bureau', 'escalated'],
  ['coordinating', 'escalate', 'agent bureau', 'escalated'],
  // 反馈结果: by the agent, also once the upper-level authority has decided.
  ['accepted', 'feedBackResult', 'agent', 'resultFedBack'],
  ['materialsSubmitted', 'feedBackResult', 'agent', 'resultFedBack'],
  ['coordinating', 'feedBackResult', 'agent', 'resultFedBack'],
  ['escalated', 'feedBackResult', 'agent', 'resultFedBack'],
  // 归档材料, then 回访评估: the visit and the rating may come in either order.
  ['resultFedBack', 'archive', 'agent', 'archived'],
  ['archived', 'recordFollowUpVisit', 'agent', 'followUpVisited'],
  ['resultFedBack', 'rate', 'resident', 'resultFedBack'],
  ['archived', 'rate', 'resident', 'archived'],
  ['followUpVisited', 'rate', 'resident', 'rated'],
  // 撤回: the applicant may withdraw while nothing has been decided yet.
  ['earlyIntervention', 'withdraw', 'resident', 'withdrawn'],
  ['entrusted', 'withdraw', 'resident', 'withdrawn'],
  ['agreementSigned', 'withdraw', 'resident', 'withdrawn'],
  ['accepted', 'withdraw', 'resident', 'withdrawn'],
  ['materialsSubmitted', 'withdraw', 'resident', 'withdrawn'],
  ['supplementRequested', 'withdraw', 'resident', 'withdrawn'],
  ['coordinating', 'withdraw', 'resident', 'withdrawn'],
  ['transferred', 'withdraw', 'resident', 'withdrawn'],
  ['escalated', 'withdraw', 'resident', 'withdrawn'],
];

/** Closed for good: the applicant rated, withdrew, or only needed a consultation. */
const CLOSED_FOR_GOOD: readonly CaseState[] = ['rated', 'withdrawn', 'consultationConcluded'];

const rolesOf = (row: Row): Role[] => row[2].split(' ') as Role[];
const keyOf = (from: From, action: CaseAction, role: Role) => `${from} | ${action} | ${role}`;

const EXPECTED_TO = new Map<string, CaseState>();
for (const row of ALLOWED) for (const role of rolesOf(row)) EXPECTED_TO.set(keyOf(row[0], row[1], role), row[3]);

/** The refusal the policy implies for a move the table does not allow. */
function expectedRefusal(from: From, action: CaseAction, role: Role): Refusal {
  const rows = ALLOWED.filter((r) => r[1] === action);
  if (!rows.some((r) => rolesOf(r).includes(role))) return 'roleNotPermitted';
  if (from !== NO_CASE && CLOSED_FOR_GOOD.includes(from)) return 'caseClosed';
  const onlyCreates = rows.every((r) => r[0] === NO_CASE);
  if (from !== NO_CASE && onlyCreates) return 'caseExists';
  return 'notAllowedInState';
}

/** Facts-dependent refusals under FRESH facts: with no open sub-task there is none to complete. */
const FRESH_GUARDS: Partial<Record<CaseAction, Refusal>> = { completeSubTask: 'noOpenSubTasks' };

function expectedDecision(from: From, action: CaseAction, role: Role): Decision {
  const to = EXPECTED_TO.get(keyOf(from, action, role));
  if (to && FRESH_GUARDS[action]) return { ok: false, refusal: FRESH_GUARDS[action]! };
  return to ? { ok: true, to } : { ok: false, refusal: expectedRefusal(from, action, role) };
}

const stateOrNull = (from: From): CaseState | null => (from === NO_CASE ? null : from);

describe('the lifecycle table itself', () => {
  test('it lists each (state, action) once, with known roles, states and actions', () => {
    const pairs = ALLOWED.map((r) => `${r[0]} | ${r[1]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const row of ALLOWED) {
      expect([NO_CASE, ...CaseState.values]).toContain(row[0]);
      expect(CaseAction.values).toContain(row[1]);
      expect(CaseState.values).toContain(row[3]);
      for (const role of rolesOf(row)) expect(Role.values).toContain(role);
    }
  });

  test('every action of the vocabulary can be taken somewhere, and every state can be reached', () => {
    expect(new Set(ALLOWED.map((r) => r[1]))).toEqual(new Set(CaseAction.values));
    const reached = new Set(ALLOWED.map((r) => r[3]));
    reached.add('rated'); // reached through a facts-dependent move, tested below
    expect(reached).toEqual(new Set(CaseState.values));
  });

  test('the terminal states are exactly rated, withdrawn and consultation concluded', () => {
    expect(new Set(TERMINAL_STATES)).toEqual(new Set(CLOSED_FOR_GOOD));
  });
});

describe.each([NO_CASE as From, ...CaseState.values])('decide() when the case is %s', (from) => {
  test('every role gets exactly the decision the lifecycle implies, for every action', () => {
    const mismatches: string[] = [];
    for (const action of CaseAction.values) {
      for (const role of Role.values) {
        const actual = decide(stateOrNull(from), role, action, FRESH);
        const expected = expectedDecision(from, action, role);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(`${keyOf(from, action, role)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('named refusals', () => {
  test('a resident cannot accept a case: only agents accept', () => {
    expect(decide('agreementSigned', 'resident', 'accept', FRESH)).toEqual({ ok: false, refusal: 'roleNotPermitted' });
  });

  test('the bureau cannot sign an agreement on the applicant’s behalf', () => {
    expect(decide('entrusted', 'bureau', 'signAgreement', FRESH)).toEqual({ ok: false, refusal: 'roleNotPermitted' });
  });

  test('an agent cannot withdraw a case: withdrawal is the applicant’s choice', () => {
    expect(decide('accepted', 'agent', 'withdraw', FRESH)).toEqual({ ok: false, refusal: 'roleNotPermitted' });
  });

  test.each(CLOSED_FOR_GOOD)('nothing more can be done on a %s case, by anyone allowed to act at all', (state) => {
    expect(decide(state, 'agent', 'recordProgress', FRESH)).toEqual({ ok: false, refusal: 'caseClosed' });
    expect(decide(state, 'resident', 'withdraw', FRESH)).toEqual({ ok: false, refusal: 'caseClosed' });
    expect(decide(state, 'resident', 'rate', FRESH)).toEqual({ ok: false, refusal: 'caseClosed' });
    expect(decide(state, 'agent', 'openPreConsultation', FRESH)).toEqual({ ok: false, refusal: 'caseClosed' });
  });

  test('an agent cannot feed back a result before the applicant signed the agreement', () => {
    expect(decide('entrusted', 'agent', 'feedBackResult', FRESH)).toEqual({ ok: false, refusal: 'notAllowedInState' });
  });

  test('an agent cannot act on a case that does not exist yet, other than opening it', () => {
    expect(decide(null, 'agent', 'accept', FRESH)).toEqual({ ok: false, refusal: 'notAllowedInState' });
  });

  test('opening a pre-consultation on a case that already exists is refused as a duplicate', () => {
    expect(decide('accepted', 'resident', 'openPreConsultation', FRESH)).toEqual({ ok: false, refusal: 'caseExists' });
    expect(decide('earlyIntervention', 'agent', 'openPreConsultation', FRESH)).toEqual({ ok: false, refusal: 'caseExists' });
  });

  test('an agent cannot feed back a result while a parallel sub-task is open', () => {
    for (const state of ['accepted', 'materialsSubmitted', 'coordinating', 'escalated'] as const) {
      expect(decide(state, 'agent', 'feedBackResult', { ...FRESH, rated: false, openSubTasks: 1 })).toEqual({ ok: false, refusal: 'subTasksOpen' });
      expect(decide(state, 'agent', 'feedBackResult', { ...FRESH, rated: false, openSubTasks: 3 })).toEqual({ ok: false, refusal: 'subTasksOpen' });
    }
  });

  test('open sub-tasks do not hide a more basic refusal: a resident still hears it is not their role', () => {
    expect(decide('coordinating', 'resident', 'feedBackResult', { ...FRESH, rated: false, openSubTasks: 2 })).toEqual({ ok: false, refusal: 'roleNotPermitted' });
  });

  test('an applicant who already rated cannot rate again', () => {
    for (const state of ['resultFedBack', 'archived'] as const) {
      expect(decide(state, 'resident', 'rate', { ...FRESH, rated: true, openSubTasks: 0 })).toEqual({ ok: false, refusal: 'alreadyRated' });
    }
  });

  test('every refusal has a Chinese sentence for the app', () => {
    for (const refusal of Refusal.values) expect(Refusal.labels[refusal]).toMatch(/[\u4e00-\u9fff]/);
  });
});

/** Plays a case forward the way the API would, keeping its facts up to date. */
class CaseStory {
  state: CaseState | null = null;
  facts: CaseFacts = { ...FRESH };

  try(role: Role, action: CaseAction, subTasks = 2): Decision {
    const decision = decide(this.state, role, action, this.facts);
    if (decision.ok) {
      this.state = decision.to;
      if (action === 'splitSubTasks') this.facts = { ...this.facts, openSubTasks: this.facts.openSubTasks + subTasks };
      if (action === 'completeSubTask') this.facts = { ...this.facts, openSubTasks: Math.max(0, this.facts.openSubTasks - 1) };
      if (action === 'rate') this.facts = { ...this.facts, rated: true };
    }
    return decision;
  }

  take(role: Role, action: CaseAction, expectedTo: CaseState, subTasks?: number): this {
    expect({ role, action, decision: this.try(role, action, subTasks) }).toEqual({ role, action, decision: { ok: true, to: expectedTo } });
    return this;
  }
}

describe('stories of a case', () => {
  test('a resident asks ahead, entrusts, and the case runs all the way to a rating', () => {
    const story = new CaseStory()
      .take('resident', 'openPreConsultation', 'earlyIntervention')
      .take('agent', 'recordConsultation', 'earlyIntervention')
      .take('resident', 'entrust', 'entrusted')
      .take('resident', 'signAgreement', 'agreementSigned')
      .take('agent', 'accept', 'accepted')
      .take('resident', 'submitMaterials', 'materialsSubmitted')
      .take('agent', 'requestSupplement', 'supplementRequested')
      .take('resident', 'answerSupplement', 'materialsSubmitted')
      .take('agent', 'startCoordination', 'coordinating')
      .take('bureau', 'splitSubTasks', 'coordinating', 2);
    expect(story.try('agent', 'feedBackResult')).toEqual({ ok: false, refusal: 'subTasksOpen' });
    story
      .take('agent', 'completeSubTask', 'coordinating')
      .take('agent', 'completeSubTask', 'coordinating')
      .take('agent', 'feedBackResult', 'resultFedBack')
      .take('agent', 'archive', 'archived')
      .take('agent', 'recordFollowUpVisit', 'followUpVisited')
      .take('resident', 'rate', 'rated');
    for (const role of Role.values) expect(availableActions('rated', role, story.facts)).toEqual([]);
  });

  test('an applicant who rates before the follow-up visit sees the case end at the visit', () => {
    const story = new CaseStory()
      .take('agent', 'entrust', 'entrusted')
      .take('resident', 'signAgreement', 'agreementSigned')
      .take('agent', 'accept', 'accepted')
      .take('agent', 'feedBackResult', 'resultFedBack')
      .take('resident', 'rate', 'resultFedBack');
    expect(story.try('resident', 'rate')).toEqual({ ok: false, refusal: 'alreadyRated' });
    story.take('agent', 'archive', 'archived').take('agent', 'recordFollowUpVisit', 'rated');
  });

  test('an applicant may also rate between archiving and the follow-up visit', () => {
    new CaseStory()
      .take('resident', 'entrust', 'entrusted')
      .take('resident', 'signAgreement', 'agreementSigned')
      .take('agent', 'accept', 'accepted')
      .take('agent', 'feedBackResult', 'resultFedBack')
      .take('agent', 'archive', 'archived')
      .take('resident', 'rate', 'archived')
      .take('agent', 'recordFollowUpVisit', 'rated');
  });

  const OPEN_STATES = ['earlyIntervention', 'entrusted', 'agreementSigned', 'accepted', 'materialsSubmitted', 'supplementRequested', 'coordinating', 'transferred', 'escalated'] as const;
  test.each(OPEN_STATES)('an applicant can withdraw a case that is still %s', (state) => {
    expect(decide(state, 'resident', 'withdraw', FRESH)).toEqual({ ok: true, to: 'withdrawn' });
  });

  test.each(['resultFedBack', 'archived', 'followUpVisited'] as const)('an applicant cannot withdraw once the result is in (%s)', (state) => {
    expect(decide(state, 'resident', 'withdraw', FRESH)).toEqual({ ok: false, refusal: 'notAllowedInState' });
  });

  test('a case transferred to another department is accepted there by that department’s agent', () => {
    const story = new CaseStory()
      .take('resident', 'entrust', 'entrusted')
      .take('resident', 'signAgreement', 'agreementSigned')
      .take('agent', 'accept', 'accepted')
      .take('bureau', 'transfer', 'transferred');
    expect(story.try('resident', 'accept')).toEqual({ ok: false, refusal: 'roleNotPermitted' });
    expect(story.try('agent', 'feedBackResult')).toEqual({ ok: false, refusal: 'notAllowedInState' });
    story.take('agent', 'recordProgress', 'transferred').take('agent', 'accept', 'accepted').take('agent', 'submitMaterials', 'materialsSubmitted');
  });

  test('a case escalated to an upper-level authority can get its result', () => {
    new CaseStory()
      .take('resident', 'entrust', 'entrusted')
      .take('resident', 'signAgreement', 'agreementSigned')
      .take('agent', 'accept', 'accepted')
      .take('resident', 'submitMaterials', 'materialsSubmitted')
      .take('agent', 'escalate', 'escalated')
      .take('bureau', 'recordProgress', 'escalated')
      .take('agent', 'feedBackResult', 'resultFedBack');
  });

  test('a consultation that needs no entrustment ends without a case to handle', () => {
    const story = new CaseStory()
      .take('agent', 'openPreConsultation', 'earlyIntervention')
      .take('agent', 'concludeConsultation', 'consultationConcluded');
    expect(story.try('resident', 'entrust')).toEqual({ ok: false, refusal: 'caseClosed' });
  });

  // 并联办理 and 一窗受理: whatever happens to a case, its agents must still be able to bring it to a
  // result; the applicant's only way out must not be to withdraw.
  test('every case still being worked can reach a result without the applicant withdrawing', () => {
    type Snapshot = { state: CaseState; facts: CaseFacts };
    const key = (s: Snapshot) => `${s.state} (open sub-tasks ${s.facts.openSubTasks}, rated ${s.facts.rated})`;
    const next = (s: Snapshot, withWithdraw: boolean): Snapshot[] => {
      const out: Snapshot[] = [];
      for (const action of CaseAction.values) {
        if (action === 'withdraw' && !withWithdraw) continue;
        for (const role of Role.values) {
          const d = decide(s.state, role, action, s.facts);
          if (!d.ok) continue;
          let { openSubTasks, rated } = s.facts;
          if (action === 'splitSubTasks') openSubTasks = Math.min(openSubTasks + 1, 2);
          if (action === 'completeSubTask') openSubTasks = Math.max(openSubTasks - 1, 0);
          if (action === 'rate') rated = true;
          out.push({ state: d.to, facts: { ...FRESH, openSubTasks, rated } });
        }
      }
      return out;
    };
    const explore = (starts: Snapshot[], withWithdraw: boolean) => {
      const seen = new Map(starts.map((s) => [key(s), s]));
      const queue = [...starts];
      while (queue.length) for (const n of next(queue.shift()!, withWithdraw)) if (!seen.has(key(n))) (seen.set(key(n), n), queue.push(n));
      return [...seen.values()];
    };
    const starts: Snapshot[] = [
      { state: 'earlyIntervention', facts: FRESH },
      { state: 'entrusted', facts: FRESH },
    ];
    const deadEnds = explore(starts, true)
      .filter((s) => stateFamily(s.state) === 'open')
      .filter((s) => !explore([s], false).some((r) => r.state === 'resultFedBack'))
      .map(key);
    expect(deadEnds).toEqual([]);
  });
});

describe('availableActions: the buttons the app shows', () => {
  test.each(CaseState.values)('in state %s each role sees exactly what the lifecycle allows, in vocabulary order', (state) => {
    for (const role of Role.values) {
      const expected = CaseAction.values.filter((a) => EXPECTED_TO.has(keyOf(state, a, role)) && !FRESH_GUARDS[a]);
      expect({ role, actions: availableActions(state, role, FRESH) }).toEqual({ role, actions: expected });
    }
  });

  test('an agent cannot complete a sub-task when none is open', () => {
    expect(decide('coordinating', 'agent', 'completeSubTask', FRESH)).toEqual({ ok: false, refusal: 'noOpenSubTasks' });
    expect(decide('escalated', 'agent', 'completeSubTask', { ...FRESH, rated: false, openSubTasks: 1 })).toEqual({ ok: true, to: 'escalated' });
  });

  test('an agent coordinating a case with an open sub-task is not offered to feed back the result', () => {
    const actions = availableActions('coordinating', 'agent', { ...FRESH, rated: false, openSubTasks: 1 });
    expect(actions).not.toContain('feedBackResult');
    expect(actions).toContain('completeSubTask');
  });

  test('a resident who already rated is not offered to rate again', () => {
    expect(availableActions('archived', 'resident', { ...FRESH, rated: true, openSubTasks: 0 })).toEqual([]);
    expect(availableActions('archived', 'resident', FRESH)).toEqual(['rate']);
  });

  test('a resident whose agreement awaits signature sees sign and withdraw', () => {
    expect(availableActions('entrusted', 'resident', FRESH)).toEqual(['signAgreement', 'withdraw']);
  });
});

describe('how a case reads to people', () => {
  const FAMILY: Record<CaseState, 'open' | 'done' | 'closed'> = {
    earlyIntervention: 'open',
    entrusted: 'open',
    agreementSigned: 'open',
    accepted: 'open',
    materialsSubmitted: 'open',
    supplementRequested: 'open',
    coordinating: 'open',
    transferred: 'open',
    escalated: 'open',
    resultFedBack: 'done',
    archived: 'done',
    followUpVisited: 'done',
    rated: 'done',
    withdrawn: 'closed',
    consultationConcluded: 'closed',
  };
  test.each(CaseState.values)('a %s case is in the family the resident expects', (state) => {
    expect(stateFamily(state)).toBe(FAMILY[state]);
  });

  const AWAITING: Record<CaseState, ReturnType<typeof awaiting>> = {
    earlyIntervention: 'agent',
    entrusted: 'applicant', // to sign the agreement
    agreementSigned: 'department', // to accept it
    accepted: 'agent',
    materialsSubmitted: 'agent',
    supplementRequested: 'applicant', // owes materials
    coordinating: 'agent',
    transferred: 'department', // the receiving department must accept
    escalated: 'authority',
    resultFedBack: 'agent', // to archive
    archived: 'agent', // to visit
    followUpVisited: 'applicant', // only the rating is missing
    rated: 'nobody',
    withdrawn: 'nobody',
    consultationConcluded: 'nobody',
  };
  test.each(CaseState.values)('whose move it is in state %s', (state) => {
    expect(awaiting(state)).toBe(AWAITING[state]);
  });

  test('nobody is awaited exactly on the closed-for-good cases', () => {
    expect(CaseState.values.filter((s) => awaiting(s) === 'nobody')).toEqual(expect.arrayContaining([...CLOSED_FOR_GOOD]));
    expect(CaseState.values.filter((s) => awaiting(s) === 'nobody')).toHaveLength(CLOSED_FOR_GOOD.length);
  });

  // 承诺时限 runs from acceptance to the result; 补正 and 上报 pause it.
  const RUNNING: Record<CaseState, boolean> = {
    earlyIntervention: false,
    entrusted: false,
    agreementSigned: false,
    accepted: true,
    materialsSubmitted: true,
    supplementRequested: false,
    coordinating: true,
    transferred: true,
    escalated: false,
    resultFedBack: false,
    archived: false,
    followUpVisited: false,
    rated: false,
    withdrawn: false,
    consultationConcluded: false,
  };
  test.each(CaseState.values)('the commitment-deadline clock in state %s', (state) => {
    expect(deadlineRunning(state)).toBe(RUNNING[state]);
  });

  test('every state and action has a Chinese label', () => {
    for (const s of CaseState.values) expect(CaseState.labels[s]).toMatch(/[\u4e00-\u9fff]/);
    for (const a of CaseAction.values) expect(CaseAction.labels[a]).toMatch(/[\u4e00-\u9fff]/);
  });
});
