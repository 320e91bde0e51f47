// A confirm dialog with our own buttons, so each has a stable class name and shows the call's progress.
import { View } from '@tarojs/components';
import { Button, Dialog } from '@nutui/nutui-react-taro';
import type { ReactNode } from 'react';
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
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ConfirmDialog(props: Props) {
  const { visible, title, children, confirmText, confirmClassName, cancelText = '再想想', busy = false, danger = false } = props;
  const cancel = () => !busy && props.onCancel();
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
          <Button className={`confirm-dialog-ok ${confirmClassName}`} type={danger ? 'danger' : 'primary'} loading={busy} disabled={busy} onClick={() => !busy && props.onConfirm()}>
            {confirmText}
          </Button>
        </View>
      }
    >
      {children}
    </Dialog>
  );
}
