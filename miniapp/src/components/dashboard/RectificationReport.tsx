// An agent reports what the department did about a bad rating (整改措施), checked against the
// shared schema before it is sent; the API's refusal is shown in its own Chinese words.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { ReportRectificationRequest, type Rectification } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage, toast } from '../case/messages';
import { field } from '../../lib/a11y';

export const MAX_MEASURES = 500;

/** The schema's verdict on the measures, in Chinese. */
export function measuresProblem(measures: string): string | undefined {
  const parsed = ReportRectificationRequest.safeParse({ measures });
  if (parsed.success) return undefined;
  return parsed.error.issues[0]?.code === 'too_big' ? `整改措施不能超过${MAX_MEASURES}字` : '请填写整改措施';
}

export function RectificationReport({ caseId, onReported }: { caseId: string; onReported: (updated: Rectification) => void }) {
  const [measures, setMeasures] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found = measuresProblem(measures);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      const updated = await call('reportRectification', { params: { id: caseId }, body: ReportRectificationRequest.parse({ measures }) });
      toast('整改情况已报告', 'success');
      onReported(updated);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='rect-form'>
      <TextArea {...field('整改措施', true)}
        className='rect-measures'
        placeholder='写明已采取的整改措施，如：已联系群众说明情况、优化办理流程'
        value={measures}
        maxLength={MAX_MEASURES}
        showCount
        onChange={(value) => {
          setMeasures(value);
          if (problem) setProblem(undefined);
        }}
      />
      {problem && <Text className='dash-error rect-error'>{problem}</Text>}
      <Button className='rect-submit' type='primary' size='small' loading={busy} disabled={busy} onClick={() => void submit()}>
        报告整改
      </Button>
    </View>
  );
}
