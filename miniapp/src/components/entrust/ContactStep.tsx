// Step 2 联系方式: who is entrusting and how to reach them; the phone is shown masked once entered.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { maskPhone } from '@app/shared';
import { useState } from 'react';
import { CONTACT_LIMITS, contactFieldError, phoneInput, type ContactDraft, type ContactErrors, type ContactField } from './contactForm';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

interface Props {
  draft: ContactDraft;
  /** Messages of the last "下一步" that failed; a field's own message replaces it once the field is left. */
  errors: ContactErrors;
  onChange: (draft: ContactDraft, field: ContactField) => void;
  onFieldChecked: (field: ContactField, message: string | undefined) => void;
}

export function ContactStep({ draft, errors, onChange, onFieldChecked }: Props) {
  // The phone is masked on screen once it is complete and valid; 修改 opens it again.
  const [phoneMasked, setPhoneMasked] = useState(() => !contactFieldError('phone', draft));
  const set = (field: ContactField, value: string) => onChange({ ...draft, [field]: value }, field);
  const check = (field: ContactField, next: ContactDraft = draft) => onFieldChecked(field, contactFieldError(field, next));

  return (
    <View className='entrust-section'>
      <View className='entrust-field'>
        <Text className='entrust-label'>申请人姓名</Text>
        <Input {...field('申请人姓名', true)}
          className='entrust-input entrust-name'
          placeholder='请输入真实姓名'
          maxLength={CONTACT_LIMITS.name}
          value={draft.name}
          onChange={(value) => set('name', value)}
          onBlur={() => check('name')}
        />
        {errors.name && <Text className='entrust-error'>{errors.name}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>手机号码</Text>
        {phoneMasked ? (
          <View className='entrust-phone-masked'>
            <Text className='entrust-phone-value'>{maskPhone(draft.phone)}</Text>
            <Pressable className='entrust-link entrust-phone-edit' label='修改手机号码' onPress={() => setPhoneMasked(false)}>
              <Text>修改</Text>
            </Pressable>
          </View>
        ) : (
          <Input {...field('手机号码', true)}
            className='entrust-input entrust-phone'
            type='number'
            placeholder='用于接收办理进度通知'
            maxLength={CONTACT_LIMITS.phone}
            value={draft.phone}
            onChange={(value) => set('phone', phoneInput(value))}
            onBlur={(value) => {
              const next = { ...draft, phone: phoneInput(value ?? draft.phone) };
              const message = contactFieldError('phone', next);
              onFieldChecked('phone', message);
              if (!message) setPhoneMasked(true);
            }}
          />
        )}
        {errors.phone && <Text className='entrust-error'>{errors.phone}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>身份证号码（选填）</Text>
        <Input {...field('身份证号码（选填）')}
          className='entrust-input entrust-id-number'
          type='idcard'
          placeholder='办理需要时填写，加密保存'
          maxLength={CONTACT_LIMITS.idNumber}
          value={draft.idNumber}
          onChange={(value) => set('idNumber', value.toUpperCase())}
          onBlur={() => check('idNumber')}
        />
        {errors.idNumber && <Text className='entrust-error'>{errors.idNumber}</Text>}
      </View>

      <View className='entrust-subhead'>代表企业办理（选填）</View>
      <View className='entrust-field'>
        <Text className='entrust-label'>企业名称</Text>
        <Input {...field('企业名称', true)}
          className='entrust-input entrust-enterprise'
          placeholder='以营业执照上的名称为准'
          maxLength={CONTACT_LIMITS.enterpriseName}
          value={draft.enterpriseName}
          onChange={(value) => set('enterpriseName', value)}
          onBlur={() => check('enterpriseName')}
        />
        {errors.enterpriseName && <Text className='entrust-error'>{errors.enterpriseName}</Text>}
      </View>
      <View className='entrust-field'>
        <Text className='entrust-label'>统一社会信用代码</Text>
        <Input {...field('统一社会信用代码', true)}
          className='entrust-input entrust-credit-code'
          placeholder='18 位，见营业执照'
          maxLength={CONTACT_LIMITS.creditCode}
          value={draft.creditCode}
          onChange={(value) => set('creditCode', value.toUpperCase())}
          onBlur={() => {
            check('creditCode');
            check('enterpriseName');
          }}
        />
        {errors.creditCode && <Text className='entrust-error'>{errors.creditCode}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>备注（选填）</Text>
        <TextArea {...field('备注（选填）')}
          className='entrust-textarea entrust-note'
          placeholder='想让工作人员提前知道的情况，如办理进度、特殊需要'
          maxLength={CONTACT_LIMITS.note}
          showCount
          rows={3}
          value={draft.note}
          onChange={(value) => set('note', value)}
          onBlur={() => check('note')}
        />
        {errors.note && <Text className='entrust-error'>{errors.note}</Text>}
      </View>

      <Text className='entrust-hint'>您的信息仅用于办理本事项，依法保密。</Text>
    </View>
  );
}
