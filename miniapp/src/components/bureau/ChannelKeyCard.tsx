// One channel API key in the bureau's list: who holds it, for which channel, its public prefix,
// when it was issued and last used, and whether it is revoked.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import { Channel, type ApiKeySummary } from '@app/shared';
import { formatTime } from '../../lib/format';

/** Keys live for years: their dates carry the year. */
const dated = (iso: string) => `${new Date(new Date(iso).getTime() + 8 * 3600 * 1000).getUTCFullYear()}年${formatTime(iso)}`;

interface Props {
  apiKey: ApiKeySummary;
  revoking: boolean;
  onRevoke: () => void;
}

export function ChannelKeyCard({ apiKey, revoking, onRevoke }: Props) {
  const revoked = apiKey.revokedAt !== undefined;
  return (
    <View className={`channel-card channel-key${revoked ? ' channel-key--revoked' : ''}`} data-key-id={apiKey.id}>
      <View className='channel-key-head'>
        <Text className='channel-key-label'>{apiKey.label}</Text>
        <Text className={`channel-key-state channel-key-state--${revoked ? 'revoked' : 'active'}`}>{revoked ? '已吊销' : '有效'}</Text>
      </View>
      <Text className='channel-key-line channel-key-channel'>{`渠道：${Channel.labels[apiKey.channel]}`}</Text>
      <Text className='channel-key-line channel-key-prefix'>{`密钥前缀：${apiKey.prefix}…`}</Text>
      <Text className='channel-key-line'>{`签发时间：${dated(apiKey.createdAt)}`}</Text>
      <Text className='channel-key-line channel-key-used'>{`最近使用：${apiKey.lastUsedAt ? dated(apiKey.lastUsedAt) : '尚未使用'}`}</Text>
      {apiKey.revokedAt && <Text className='channel-key-line channel-key-revoked-at'>{`吊销时间：${dated(apiKey.revokedAt)}`}</Text>}
      {!revoked && (
        <View className='channel-key-actions'>
          <Button className='channel-key-revoke' size='small' fill='outline' loading={revoking} disabled={revoking} onClick={onRevoke}>
            吊销
          </Button>
        </View>
      )}
    </View>
  );
}
