// 我要提意见: kind, content with a counter, optionally one of my cases, optionally a phone; sent
// with an idempotency key so a retry on a bad network never makes two.
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { OPINION_CONTENT_MAX, OpinionKind, type Opinion } from '@app/shared';
import { useRef, useState } from 'react';
import { checkDraft, counterText, draftBody, EMPTY_DRAFT, opinionErrorText, type DraftErrors, type OpinionDraft } from './opinionText';
import { sendOpinion, type PendingSend } from './submitOpinion';
import './opinions.scss';

export interface CaseOption {
  id: string;
  number: string;
  itemName: string;
}

interface Props {
  cases: readonly CaseOption[];
  initialCaseId?: string;
  onSent: (opinion: Opinion) => void;
}

const PLACEHOLDER: Record<OpinionKind, string> = {
  suggestion: '请写下您对代办帮办服务的建议',
  complaint: '请写明时间、地点和经过，便于核实处理',
  praise: '请写下您想表扬的人和事',
};

export function OpinionForm({ cases, initialCaseId, onSent }: Props) {
  const [draft, setDraft] = useState<OpinionDraft>({ ...EMPTY_DRAFT, caseId: cases.some((c) => c.id === initialCaseId) ? initialCaseId! : '' });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const pending = useRef<PendingSend | undefined>(undefined);

  const change = (patch: Partial<OpinionDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once a field was flagged, its message follows the typing.
    const checked = checkDraft(next);
    setErrors((prev) => Object.fromEntries(Object.keys(prev).flatMap((f) => (checked[f as keyof OpinionDraft] ? [[f, checked[f as keyof OpinionDraft]]] : []))));
    setFailure('');
  };

  const submit = async () => {
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure('');
    try {
      const opinion = await sendOpinion(draftBody(draft), pending);
      setDraft({ ...EMPTY_DRAFT });
      setErrors({});
      onSent(opinion);
    } catch (error) {
      setFailure(opinionErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  const over = draft.content.trim().length > OPINION_CONTENT_MAX;

  return (
    <View className='opinion-form'>
      <Text className='opinion-label'>类别</Text>
      <View className='opinion-chips'>
        {OpinionKind.values.map((kind) => (
          <View
            key={kind}
            className={`opinion-chip opinion-kind-${kind}${draft.kind === kind ? ' opinion-chip--on' : ''}`}
            onClick={() => change({ kind })}
          >
            <Text>{OpinionKind.labels[kind]}</Text>
          </View>
        ))}
      </View>
      {errors.kind && <Text className='opinion-error'>{errors.kind}</Text>}

      <Text className='opinion-label'>内容</Text>
      <TextArea
        className='opinion-content'
        placeholder={draft.kind ? PLACEHOLDER[draft.kind] : '请先选择类别，再写下您的意见（至少10个字）'}
        value={draft.content}
        maxLength={OPINION_CONTENT_MAX}
        onChange={(value) => change({ content: value })}
      />
      <Text className={`opinion-counter${over ? ' opinion-counter--over' : ''}`}>{counterText(draft.content)}</Text>
      {errors.content && <Text className='opinion-error'>{errors.content}</Text>}

      <Text className='opinion-label'>关于我的办件（选填）</Text>
      {cases.length === 0 ? (
        <Text className='opinion-muted'>您还没有办件，可直接提交</Text>
      ) : (
        <View className='opinion-cases'>
          <View className={`opinion-case${draft.caseId ? '' : ' opinion-case--on'}`} onClick={() => change({ caseId: '' })}>
            <Text>不关联办件</Text>
          </View>
          {cases.map((c) => (
            <View key={c.id} className={`opinion-case${draft.caseId === c.id ? ' opinion-case--on' : ''}`} onClick={() => change({ caseId: c.id })}>
              <Text className='opinion-case-name'>{c.itemName}</Text>
              <Text className='opinion-case-number'>{c.number}</Text>
            </View>
          ))}
        </View>
      )}

      <Text className='opinion-label'>联系电话（选填）</Text>
      <Input
        className='opinion-phone'
        type='number'
        placeholder='便于工作人员与您联系'
        maxLength={11}
        value={draft.contactPhone}
        onChange={(value) => change({ contactPhone: value })}
        onBlur={() => setErrors((prev) => ({ ...prev, contactPhone: checkDraft(draft).contactPhone }))}
      />
      {errors.contactPhone && <Text className='opinion-error'>{errors.contactPhone}</Text>}

      {failure && <Text className='opinion-error opinion-failure'>{failure}</Text>}
      <Button className='opinion-submit' type='primary' block loading={busy} disabled={busy} onClick={() => void submit()}>
        提交
      </Button>
    </View>
  );
}
