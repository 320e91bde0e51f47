// The whole key, shown once right after it is issued: the bureau copies it now, since the API keeps
// only its hash and cannot show it again.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import { Channel } from '@app/shared';
import { useState } from 'react';
import { toast } from '../case/messages';
import type { IssuedApiKey } from './IssueKeyForm';

export function IssuedKey({ issued, onClose }: { issued: IssuedApiKey; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    Taro.setClipboardData({ data: issued.key }).then(
      () => setCopied(true),
      () => toast('复制失败，请长按密钥手动复制'),
    );

  return (
    <View className='channel-issued-mask'>
      <View className='channel-issued' data-key-id={issued.id}>
        <Text className='channel-issued-title'>密钥已签发</Text>
        <Text className='channel-issued-holder'>{`${Channel.labels[issued.channel]} · ${issued.label}`}</Text>
        <Text className='channel-issued-key' userSelect>
          {issued.key}
        </Text>
        <Text className='channel-issued-warning'>完整密钥只显示这一次，关闭后无法再次查看（系统只保存其摘要）。请立即复制，并通过安全途径交给渠道系统管理员。</Text>
        <Button className='channel-copy' type='primary' block onClick={() => void copy()}>
          {copied ? '已复制' : '复制密钥'}
        </Button>
        <Button className='channel-issued-close' fill='outline' block onClick={onClose}>
          我已保存，关闭
        </Button>
      </View>
    </View>
  );
}
