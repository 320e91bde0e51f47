// 签发密钥: the bureau picks the channel and names who holds the key. One idempotency key per issue
// attempt, kept across retries, so a lost answer never mints a second key.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { ApiKeyChannelSchema, Channel, type ApiKeyChannel, type RouteResponse } from '@app/shared';
import { useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { newIdempotencyKey } from '../../lib/ids';
import { errorMessage } from '../case/messages';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import { field } from '../../lib/a11y';

export type IssuedApiKey = RouteResponse<'issueChannelKey'>;

/** A retry whose key was minted but whose answer was lost: the API will not show that key again (409). */
export const ALREADY_ISSUED_MESSAGE = '该密钥已签发，但签发结果未能送达；为保证安全，完整密钥不能再次显示。请在下方列表中吊销这把未保存的密钥，再重新签发。';

const CHANNELS = ApiKeyChannelSchema.options.map((value) => ({ value, label: Channel.labels[value] }));

interface Props {
  onIssued: (issued: IssuedApiKey) => void;
  /** The key exists but cannot be shown: the list should show it, so it can be revoked. */
  onAlreadyIssued: () => void;
}

type Errors = Partial<Record<'channel' | 'label' | 'form', string>>;

export function IssueKeyForm({ onIssued, onAlreadyIssued }: Props) {
  const [channel, setChannel] = useState<ApiKeyChannel>();
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // Renewed only once this attempt has an answer: a retry after a failure reuses it.
  const attempt = useRef(newIdempotencyKey());

  const issue = async () => {
    const holder = label.trim();
    const next: Errors = {};
    if (!channel) next.channel = '请选择渠道';
    if (!holder) next.label = '请填写密钥持有方，如“12345热线话务平台”';
    setErrors(next);
    if (!channel || !holder) return;
    setBusy(true);
    try {
      const issued = await call('issueChannelKey', { body: { channel, label: holder }, idempotencyKey: attempt.current });
      attempt.current = newIdempotencyKey();
      setChannel(undefined);
      setLabel('');
      onIssued(issued);
    } catch (error) {
      if (error instanceof ApiCallError && error.reason === 'apiKeyAlreadyIssued') {
        attempt.current = newIdempotencyKey();
        setErrors({ form: ALREADY_ISSUED_MESSAGE });
        onAlreadyIssued();
      } else {
        setErrors({ form: errorMessage(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  const error = (key: keyof Errors) => (errors[key] ? <Text className={`channel-error channel-error-${key}`}>{errors[key]}</Text> : null);

  return (
    <View className='channel-card channel-issue'>
      <Text className='channel-card-title'>签发新密钥</Text>
      <Text className='channel-field-label'>渠道</Text>
      <ChipGroup
        label='渠道'
        className='channel-choice'
        options={CHANNELS}
        selected={channel ? [channel] : []}
        onToggle={(value) => {
          setChannel(value);
          setErrors((e) => ({ ...e, channel: undefined }));
        }}
      />
      {error('channel')}
      <Text className='channel-field-label'>持有方</Text>
      <Input {...field('持有方')}
        className='channel-label-input'
        value={label}
        maxLength={60}
        placeholder='如：12345热线话务平台（生产）'
        onChange={(value) => {
          setLabel(value);
          setErrors((e) => ({ ...e, label: undefined }));
        }}
      />
      {error('label')}
      {error('form')}
      <Button className='channel-issue-submit' type='primary' block loading={busy} disabled={busy} onClick={() => void issue()}>
        签发密钥
      </Button>
    </View>
  );
}
