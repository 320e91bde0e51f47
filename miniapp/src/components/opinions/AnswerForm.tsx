// The bureau's answer to one open opinion: a textarea and 回复; an opinion answers only once.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { AnswerOpinionRequest, OPINION_ANSWER_MAX, type Opinion } from '@app/shared';
import { useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { opinionErrorText } from './opinionText';
import './opinions.scss';
import { field } from '../../lib/a11y';

interface Props {
  opinionId: string;
  onAnswered: (opinion: Opinion) => void;
  /** Someone else answered first: the list should be read again. */
  onStale: () => void;
}

export function AnswerForm({ opinionId, onAnswered, onStale }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = AnswerOpinionRequest.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请填写回复');
      return;
    }
    setBusy(true);
    setError('');
    try {
      onAnswered(await call('answerOpinion', { params: { id: opinionId }, body: parsed.data }));
      setText('');
    } catch (e) {
      setError(opinionErrorText(e, 'zh'));
      if (e instanceof ApiCallError && e.reason === 'alreadyAnswered') onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='opinion-answer-form'>
      <TextArea {...field('回复内容', true)}
        className='opinion-answer-input'
        placeholder='请填写回复内容，群众将在“我的意见”中看到'
        value={text}
        maxLength={OPINION_ANSWER_MAX}
        onChange={(value) => {
          setText(value);
          setError('');
        }}
      />
      <Text className='opinion-counter'>
        {text.trim().length}/{OPINION_ANSWER_MAX}
      </Text>
      {error && <Text className='opinion-error'>{error}</Text>}
      <Button className='opinion-answer-submit' type='primary' size='small' loading={busy} disabled={busy} onClick={() => void submit()}>
        回复
      </Button>
    </View>
  );
}
