// 我要提意见: kind, content with a counter, optionally one of my cases, optionally a phone; sent
// with an idempotency key so a retry on a bad network never makes two.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { OPINION_CONTENT_MAX, OpinionKind, type Opinion } from '@app/shared';
import { useRef, useState } from 'react';
import { checkDraft, counterText, draftBody, EMPTY_DRAFT, opinionErrorText, type DraftErrors, type OpinionDraft } from './opinionText';
import { sendOpinion, type PendingSend } from './submitOpinion';
import './opinions.scss';
import { field } from '../../lib/a11y';
import { Choices } from '../ui/Choices';

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
      <Choices
        label='类别'
        className='opinion-chips'
        choiceClass='opinion-chip'
        choices={OpinionKind.values.map((kind) => ({ value: kind, label: OpinionKind.labels[kind], className: `opinion-kind-${kind}` }))}
        selected={draft.kind ? [draft.kind] : []}
        onToggle={(kind) => change({ kind })}
      />
      {errors.kind && <Text className='opinion-error'>{errors.kind}</Text>}

      <Text className='opinion-label'>内容</Text>
      <TextArea {...field('内容')}
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
        <Choices
          label='关于我的办件'
          className='opinion-cases'
          choiceClass='opinion-case'
          choices={[{ value: '', label: '不关联办件' }, ...cases.map((c) => ({ value: c.id, label: c.itemName, hint: c.number }))]}
          selected={[draft.caseId ?? '']}
          onToggle={(caseId) => change({ caseId })}
        />
      )}

      <Text className='opinion-label'>联系电话（选填）</Text>
      <Input {...field('联系电话（选填）')}
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
