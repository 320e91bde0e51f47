// 撤回: the applicant may withdraw an open entrustment, after confirming, with an optional reason.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { useState } from 'react';
import type { ActOnCase } from './types';
import { field } from '../../lib/a11y';
import ConfirmDialog from '../booking/ConfirmDialog';
import './case.scss';

export function WithdrawAction({ act }: { act: ActOnCase }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');

  const confirm = async () => {
    const trimmed = reason.trim();
    setBusy(true);
    try {
      const updated = await act({ action: 'withdraw', ...(trimmed ? { reason: trimmed } : {}) });
      // Keeping the dialog open on failure lets the user try again without retyping.
      if (!updated) return;
      setReason('');
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='case-withdraw'>
      <Button className='action-withdraw' fill='outline' type='danger' block onClick={() => setOpen(true)}>
        撤回委托
      </Button>
      <ConfirmDialog
        visible={open}
        title='确认撤回委托？'
        confirmText='确认撤回'
        confirmClassName='withdraw-confirm'
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <View className='withdraw-body'>
          <Text className='case-text'>撤回后本办件将终止办理，如需办理请重新委托。</Text>
          <TextArea {...field('撤回原因（选填）')}
            className='withdraw-reason'
            placeholder='撤回原因（选填）'
            value={reason}
            maxLength={500}
            showCount
            onChange={(value) => setReason(value)}
          />
        </View>
      </ConfirmDialog>
    </View>
  );
}
