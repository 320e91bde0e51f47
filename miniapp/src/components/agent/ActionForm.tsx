// The form behind one action button: asks only for what that action's request needs, then submits it.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import {
  AGREEMENT_TITLE,
  AGREEMENT_VERSION,
  DATA_CONSENT_STATEMENT,
  FREE_OF_CHARGE_STATEMENT,
  MIN_REASON_CHARS,
  MaterialState,
  Refusal,
  decide,
  latestOf,
  requiredNotAccepted,
  stateOf,
} from '@app/shared';
import { detailFacts } from '../case/caseLogic';
import { useState } from 'react';
import { toast } from '../case/messages';
import { AUTHORITY_CHOICES, OUTCOME_CHOICES, VISIT_CHOICES, actionButtonLabel, openTasksOf, type AgentAction } from './agentLogic';
import { ChoiceChips } from './ChoiceChips';
import { Field, SubmitButton, optional, type FormProps } from './formParts';
import { SplitForm, SupplementForm } from './ListForms';
import './agent.scss';
import { field } from '../../lib/a11y';

/** Actions whose only input is a note, and whether that note is required. */
const NOTE_ONLY: Partial<Record<AgentAction, { required: boolean; label: string; hint?: string }>> = {
  accept: { required: false, label: '受理说明' },
  recordConsultation: { required: true, label: '咨询记录' },
  concludeConsultation: { required: false, label: '办结说明' },
  recordProgress: { required: true, label: '办理进展' },
  submitMaterials: { required: false, label: '说明', hint: '将以申请人名义代为报送材料' },
  answerSupplement: { required: false, label: '说明', hint: '将以申请人名义代为提交补正材料' },
  startCoordination: { required: false, label: '协调说明' },
  archive: { required: false, label: '归档说明' },
};

function NoteForm({ action, busy, onSubmit }: FormProps & { action: AgentAction }) {
  const spec = NOTE_ONLY[action] ?? { required: false, label: '说明' };
  const [note, setNote] = useState('');
  const submit = () => {
    if (spec.required && !note.trim()) {
      toast(`请填写${spec.label}`);
      return;
    }
    // Every note-only action takes { action, note }; the cast names the union member.
    onSubmit({ action, note: optional(note) } as Parameters<FormProps['onSubmit']>[0]);
  };
  return (
    <View className={`action-form action-form--${action}`}>
      {spec.hint && <Text className='action-hint'>{spec.hint}</Text>}
      <Field label={spec.label} required={spec.required}>
        <TextArea {...field(spec.label, true)} className='action-note' value={note} maxLength={spec.required ? 1000 : 500} rows={3} onChange={setNote} />
      </Field>
      <SubmitButton busy={busy} label={`确认${actionButtonLabel(action)}`} onClick={submit} />
    </View>
  );
}

/** What the agent confirms the applicant did on the paper agreement at the window. */
const PAPER_CONFIRMATIONS = [
  { value: 'signed', label: `已当面阅读并签署《${AGREEMENT_TITLE}》（${AGREEMENT_VERSION} 版）` },
  { value: 'free', label: FREE_OF_CHARGE_STATEMENT },
  { value: 'data', label: DATA_CONSENT_STATEMENT },
] as const;
type PaperConfirmation = (typeof PAPER_CONFIRMATIONS)[number]['value'];

/** 录入纸质协议: an applicant without the mini-program signs on paper; the agent records who signed. */
function PaperAgreementForm({ detail, busy, onSubmit }: FormProps) {
  const [signerName, setSignerName] = useState(detail.applicant.name);
  const [confirmed, setConfirmed] = useState<PaperConfirmation[]>([]);
  const toggle = (value: PaperConfirmation) => setConfirmed((now) => (now.includes(value) ? now.filter((v) => v !== value) : [...now, value]));
  const submit = () => {
    if (!signerName.trim()) return toast('请填写签署人姓名');
    if (confirmed.length < PAPER_CONFIRMATIONS.length) return toast('请逐项确认申请人已签署协议');
    onSubmit({ action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: signerName.trim(), consentToDataHandling: true, acknowledgeFreeOfCharge: true });
  };
  return (
    <View className='action-form action-form--signAgreement'>
      <Text className='action-hint'>请将纸质协议交申请人签署后留存归档，再在此录入。</Text>
      <Field label='签署人' required>
        <Input {...field('签署人', true)} className='agreement-signer' value={signerName} maxLength={30} onChange={setSignerName} />
      </Field>
      <Field label='申请人确认' required>
        <ChoiceChips label='申请人确认' multiple className='agreement-confirmations' choices={PAPER_CONFIRMATIONS} selected={confirmed} onToggle={toggle} />
      </Field>
      <SubmitButton busy={busy} label='确认录入' onClick={submit} />
    </View>
  );
}

function CompleteSubTaskForm({ detail, myDepartmentId, busy, onSubmit }: FormProps) {
  const tasks = openTasksOf(detail, myDepartmentId);
  const [taskId, setTaskId] = useState(tasks.length === 1 ? tasks[0].id : '');
  const [result, setResult] = useState('');
  const submit = () => {
    if (!taskId) return toast('请选择要办结的子任务');
    if (!result.trim()) return toast('请填写办理结果');
    onSubmit({ action: 'completeSubTask', taskId, result: result.trim() });
  };
  return (
    <View className='action-form action-form--completeSubTask'>
      <Field label='子任务' required>
        {tasks.length === 0 ? (
          <Text className='action-hint'>本部门没有待办结的子任务</Text>
        ) : (
          <ChoiceChips label='子任务' choices={tasks.map((t) => ({ value: t.id, label: `${t.departmentName} · ${t.title}` }))} selected={[taskId]} onToggle={setTaskId} />
        )}
      </Field>
      <Field label='办理结果' required>
        <TextArea {...field('办理结果', true)} className='action-result' value={result} maxLength={500} rows={3} onChange={setResult} />
      </Field>
      <SubmitButton busy={busy} label='确认办结' onClick={submit} />
    </View>
  );
}

function TransferForm({ detail, departments, busy, onSubmit }: FormProps) {
  const [departmentId, setDepartmentId] = useState('');
  const [reason, setReason] = useState('');
  const submit = () => {
    if (!departmentId) return toast('请选择转办部门');
    if (!reason.trim()) return toast('请填写转办原因');
    onSubmit({ action: 'transfer', departmentId, reason: reason.trim() });
  };
  return (
    <View className='action-form action-form--transfer'>
      <Field label='转至部门' required>
        <ChoiceChips
          label='转至部门'
          className='transfer-department'
          choices={departments.filter((d) => d.id !== detail.departmentId).map((d) => ({ value: d.id, label: d.name }))}
          selected={[departmentId]}
          onToggle={setDepartmentId}
        />
      </Field>
      <Field label='转办原因' required>
        <TextArea {...field('转办原因', true)} className='action-reason' value={reason} maxLength={500} rows={3} onChange={setReason} />
      </Field>
      <SubmitButton busy={busy} label='确认转办' onClick={submit} />
    </View>
  );
}

function EscalateForm({ busy, onSubmit }: FormProps) {
  const [authorityKind, setKind] = useState<(typeof AUTHORITY_CHOICES)[number]['value']>('upperLevel');
  const [authority, setAuthority] = useState('');
  const [reason, setReason] = useState('');
  const submit = () => {
    if (!authority.trim()) return toast('请填写上报部门名称');
    if (!reason.trim()) return toast('请填写上报原因');
    onSubmit({ action: 'escalate', authorityKind, authority: authority.trim(), reason: reason.trim() });
  };
  return (
    <View className='action-form action-form--escalate'>
      <Field label='上报至' required>
        <ChoiceChips label='上报至' className='escalate-kind' choices={AUTHORITY_CHOICES} selected={[authorityKind]} onToggle={setKind} />
      </Field>
      <Field label='部门名称' required>
        <Input {...field('部门名称', true)} className='escalate-authority' placeholder='如：市市场监督管理局' value={authority} maxLength={80} onChange={setAuthority} />
      </Field>
      <Field label='上报原因' required>
        <TextArea {...field('上报原因', true)} className='action-reason' value={reason} maxLength={500} rows={3} onChange={setReason} />
      </Field>
      <SubmitButton busy={busy} label='确认上报' onClick={submit} />
    </View>
  );
}

/**
 * 反馈结果: 办结 needs every required material accepted, or each of the rest waived (免交) with its
 * reason; 不予办理 needs its reason. The state machine's own precondition decides the submit button.
 */
function FeedBackForm({ detail, busy, onSubmit }: FormProps) {
  const [outcome, setOutcome] = useState<(typeof OUTCOME_CHOICES)[number]['value']>('approved');
  const [summary, setSummary] = useState('');
  const [reason, setReason] = useState('');
  const [waivers, setWaivers] = useState<Record<string, string>>({});
  const owed = requiredNotAccepted(detail.materialSpecs, detail.materials);
  const body = {
    action: 'feedBackResult' as const,
    outcome,
    summary: summary.trim(),
    ...(outcome === 'notApproved' && reason.trim() ? { reason: reason.trim() } : {}),
    ...(outcome === 'approved' && Object.keys(waivers).length > 0
      ? { waivers: Object.entries(waivers).filter(([, why]) => why.trim()).map(([materialSpecId, why]) => ({ materialSpecId, reason: why.trim() })) }
      : {}),
  };
  const decision = decide(detail.state, 'agent', 'feedBackResult', detailFacts(detail), { version: detail.version, ...body });
  const notReady = !decision.ok ? Refusal.labels[decision.refusal] : !body.summary ? '请填写结果说明' : undefined;
  const toggleWaiver = (id: string) =>
    setWaivers((now) => {
      const next = { ...now };
      if (id in next) delete next[id];
      else next[id] = '';
      return next;
    });
  const submit = () => {
    if (notReady) return toast(notReady);
    onSubmit(body);
  };
  return (
    <View className='action-form action-form--feedBackResult'>
      <Field label='办理结果' required>
        <ChoiceChips label='办理结果' className='result-outcome' choices={OUTCOME_CHOICES} selected={[outcome]} onToggle={setOutcome} />
      </Field>
      {outcome === 'approved' && owed.length > 0 && (
        <Field label='未审核通过的必交材料'>
          <Text className='action-hint'>请先在材料审核中通过；确需免交的（如原件已在窗口核验），勾选“免交”并写明理由，理由将记入办理进程。</Text>
          {owed.map((spec) => (
            <View key={spec.id} className='result-waiver' data-spec={spec.id}>
              <View className='result-waiver-head'>
                <Text className='result-waiver-name'>
                  {spec.name} · {MaterialState.labels[stateOf(latestOf(spec.id, detail.materials))]}
                </Text>
                <ChoiceChips label={`${spec.name}是否免交`} multiple className='result-waiver-toggle' choices={[{ value: spec.id, label: '免交' }]} selected={spec.id in waivers ? [spec.id] : []} onToggle={toggleWaiver} />
              </View>
              {spec.id in waivers && (
                <Input {...field('免交理由，如：原件已在窗口核验')}
                  className='result-waiver-reason'
                  placeholder='免交理由，如：原件已在窗口核验'
                  value={waivers[spec.id]}
                  maxLength={200}
                  onChange={(value) => setWaivers((now) => ({ ...now, [spec.id]: value }))}
                />
              )}
            </View>
          ))}
        </Field>
      )}
      {outcome === 'notApproved' && (
        <Field label='不予办理理由' required>
          <TextArea {...field('不予办理理由', true)} className='result-reason' placeholder={`写明依据和理由，申请人将看到（至少 ${MIN_REASON_CHARS} 个字）`} value={reason} maxLength={500} rows={3} onChange={setReason} />
        </Field>
      )}
      <Field label='结果说明' required>
        <TextArea {...field('结果说明', true)} className='result-summary' placeholder='告知申请人的办理结果和后续事项' value={summary} maxLength={1000} rows={3} onChange={setSummary} />
      </Field>
      <SubmitButton busy={busy} label='反馈给申请人' onClick={submit} notReady={notReady} />
    </View>
  );
}

function FollowUpForm({ busy, onSubmit }: FormProps) {
  const [method, setMethod] = useState<(typeof VISIT_CHOICES)[number]['value']>('phone');
  const [note, setNote] = useState('');
  const submit = () => {
    if (!note.trim()) return toast('请填写回访记录');
    onSubmit({ action: 'recordFollowUpVisit', method, note: note.trim() });
  };
  return (
    <View className='action-form action-form--recordFollowUpVisit'>
      <Field label='回访方式' required>
        <ChoiceChips label='回访方式' className='visit-method' choices={VISIT_CHOICES} selected={[method]} onToggle={setMethod} />
      </Field>
      <Field label='回访记录' required>
        <TextArea {...field('回访记录', true)} className='action-note' value={note} maxLength={1000} rows={3} onChange={setNote} />
      </Field>
      <SubmitButton busy={busy} label='记录回访' onClick={submit} />
    </View>
  );
}

export function ActionForm(props: FormProps & { action: AgentAction }) {
  switch (props.action) {
    case 'signAgreement':
      return <PaperAgreementForm {...props} />;
    case 'requestSupplement':
      return <SupplementForm {...props} />;
    case 'splitSubTasks':
      return <SplitForm {...props} />;
    case 'completeSubTask':
      return <CompleteSubTaskForm {...props} />;
    case 'transfer':
      return <TransferForm {...props} />;
    case 'escalate':
      return <EscalateForm {...props} />;
    case 'feedBackResult':
      return <FeedBackForm {...props} />;
    case 'recordFollowUpVisit':
      return <FollowUpForm {...props} />;
    default:
      return <NoteForm {...props} />;
  }
}
