// A confirm dialog with our own buttons, so each has a stable class name and shows the call's progress.
import { View } from '@tarojs/components';
import { t } from '../../lib/i18n';
import '../../i18n/booking';
import { Dialog } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import type { SubscriptionTopic } from '@app/shared';
import { useEffect, type ReactNode } from 'react';
import { askSubscription, prefetchSubscriptions } from '../../lib/subscribe';
import './booking.scss';

interface Props {
  visible: boolean;
  title: string;
  children: ReactNode;
  confirmText: string;
  /** Class of the confirm button, for tests (e.g. booking-confirm). */
  confirmClassName: string;
  cancelText?: string;
  busy?: boolean;
  danger?: boolean;
  /** WeChat subscribe-message topics offered at the confirm tap (e.g. bookingReminder), if any. */
  subscribeTopics?: SubscriptionTopic[];
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ConfirmDialog(props: Props) {
  const { visible, title, children, confirmText, confirmClassName, cancelText = t('booking.cancelDialog'), busy = false, danger = false } = props;
  const cancel = () => !busy && props.onCancel();
  const asks = Boolean(props.subscribeTopics?.length);
  // Fetched while the dialog is open, so the ids are at hand in the tap (WeChat requires it).
  useEffect(() => {
    if (visible && asks) void prefetchSubscriptions();
  }, [visible, asks]);
  const confirm = () => {
    if (busy) return;
    if (props.subscribeTopics?.length) void askSubscription(props.subscribeTopics);
    props.onConfirm();
  };
  return (
    <Dialog
      visible={visible}
      title={title}
      closeOnOverlayClick={!busy}
      onCancel={cancel}
      onClose={cancel}
      footer={
        <View className='confirm-dialog-footer'>
          <Button className='confirm-dialog-cancel' type='default' disabled={busy} onClick={cancel}>
            {cancelText}
          </Button>
          <Button className={`confirm-dialog-ok ${confirmClassName}`} type={danger ? 'danger' : 'primary'} loading={busy} disabled={busy} onClick={confirm}>
            {confirmText}
          </Button>
        </View>
      }
    >
      {children}
    </Dialog>
  );
}
