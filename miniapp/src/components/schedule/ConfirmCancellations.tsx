// The question a change that would cancel bookings asks first: the API's own sentence (how many,
// which), then confirm — the residents are told — or think again.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';

interface Props {
  message: string;
  confirmText: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmCancellations({ message, confirmText, busy, onConfirm, onCancel }: Props) {
  return (
    <View className='ca-banner ca-banner--conflict sch-confirm'>
      <Text>{message}</Text>
      <View className='cal-add'>
        <Button size='small' type='danger' className='sch-confirm-yes' loading={busy} onClick={onConfirm}>
          {confirmText}
        </Button>
        <Button size='small' fill='outline' onClick={onCancel}>
          再想想
        </Button>
      </View>
    </View>
  );
}
