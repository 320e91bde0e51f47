// 我要提意见: kind, content with a counter, optionally one of my cases, optionally a phone; sent
// with an idempotency key so a retry on a bad network never makes two.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { OPINION_CONTENT_MAX, OPINION_CONTENT_MIN, OpinionKind, type Opinion } from '@app/shared';
import { useRef, useState } from 'react';
import { checkDraft, counterText, draftBody, EMPTY_DRAFT, opinionErrorText, type DraftErrors, type OpinionDraft } from './opinionText';
import { sendOpinion, type PendingSend } from './submitOpinion';
import './opinions.scss';
import { field } from '../../lib/a11y';
import { t } from '../../lib/i18n';
import '../../i18n/opinions';
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
      <Text className='opinion-label'>{t('opinions.form.kind')}</Text>
      <Choices
        label={t('opinions.form.kind')}
        className='opinion-chips'
        choiceClass='opinion-chip'
        choices={OpinionKind.values.map((kind) => ({ value: kind, label: t(`opinions.kinds.${kind}`), className: `opinion-kind-${kind}` }))}
        selected={draft.kind ? [draft.kind] : []}
        onToggle={(kind) => change({ kind })}
      />
      {errors.kind && <Text className='opinion-error'>{errors.kind}</Text>}

      <Text className='opinion-label'>{t('opinions.form.content')}</Text>
      <TextArea {...field(t('opinions.form.content'))}
        className='opinion-content'
        placeholder={draft.kind ? t(`opinions.form.placeholders.${draft.kind}`) : t('opinions.form.chooseKindFirst', { min: OPINION_CONTENT_MIN })}
        value={draft.content}
        maxLength={OPINION_CONTENT_MAX}
        onChange={(value) => change({ content: value })}
      />
      <Text className={`opinion-counter${over ? ' opinion-counter--over' : ''}`}>{counterText(draft.content)}</Text>
      {errors.content && <Text className='opinion-error'>{errors.content}</Text>}

      <Text className='opinion-label'>{t('opinions.form.aboutCase')}</Text>
      {cases.length === 0 ? (
        <Text className='opinion-muted'>{t('opinions.form.noCases')}</Text>
      ) : (
        <Choices
          label={t('opinions.form.aboutCaseGroup')}
          className='opinion-cases'
          choiceClass='opinion-case'
          choices={[{ value: '', label: t('opinions.form.noCase') }, ...cases.map((c) => ({ value: c.id, label: c.itemName, hint: c.number }))]}
          selected={[draft.caseId ?? '']}
          onToggle={(caseId) => change({ caseId })}
        />
      )}

      <Text className='opinion-label'>{t('opinions.form.phone')}</Text>
      <Input {...field(t('opinions.form.phone'))}
        className='opinion-phone'
        type='number'
        placeholder={t('opinions.form.phoneHint')}
        maxLength={11}
        value={draft.contactPhone}
        onChange={(value) => change({ contactPhone: value })}
        onBlur={() => setErrors((prev) => ({ ...prev, contactPhone: checkDraft(draft).contactPhone }))}
      />
      {errors.contactPhone && <Text className='opinion-error'>{errors.contactPhone}</Text>}

      {failure && <Text className='opinion-error opinion-failure'>{failure}</Text>}
      <Button className='opinion-submit' type='primary' block loading={busy} disabled={busy} onClick={() => void submit()}>
        {t('opinions.form.submit')}
      </Button>
    </View>
  );
}
