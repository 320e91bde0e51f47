// 撤回: the applicant may withdraw an open entrustment, after confirming, with an optional reason.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { useState } from 'react';
import type { ActOnCase } from './types';
import { field } from '../../lib/a11y';
import ConfirmDialog from '../booking/ConfirmDialog';
import './case.scss';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';

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
        {t('caseView.withdraw.button')}
      </Button>
      <ConfirmDialog
        visible={open}
        title={t('caseView.withdraw.title')}
        confirmText={t('caseView.withdraw.confirm')}
        cancelText={t('caseView.withdraw.cancel')}
        confirmClassName='withdraw-confirm'
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <View className='withdraw-body'>
          <Text className='case-text'>{t('caseView.withdraw.warning')}</Text>
          <TextArea {...field(t('caseView.withdraw.reason'))}
            className='withdraw-reason'
            placeholder={t('caseView.withdraw.reason')}
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
