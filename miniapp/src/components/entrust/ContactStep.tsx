// Step 2 联系方式: who is entrusting and how to reach them; the phone is shown masked once entered.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { maskPhone } from '@app/shared';
import { useState } from 'react';
import { CONTACT_LIMITS, contactFieldError, phoneInput, type ContactDraft, type ContactErrors, type ContactField } from './contactForm';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';
import { t } from '../../lib/i18n';

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
        <Text className='entrust-label'>{t('entrust.contact.name')}</Text>
        <Input {...field(t('entrust.contact.name'), true)}
          className='entrust-input entrust-name'
          placeholder={t('entrust.contact.namePlaceholder')}
          maxLength={CONTACT_LIMITS.name}
          value={draft.name}
          onChange={(value) => set('name', value)}
          onBlur={() => check('name')}
        />
        {errors.name && <Text className='entrust-error'>{errors.name}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>{t('entrust.contact.phone')}</Text>
        {phoneMasked ? (
          <View className='entrust-phone-masked'>
            <Text className='entrust-phone-value'>{maskPhone(draft.phone)}</Text>
            <Pressable className='entrust-link entrust-phone-edit' label={t('entrust.contact.editPhone')} onPress={() => setPhoneMasked(false)}>
              <Text>{t('entrust.contact.edit')}</Text>
            </Pressable>
          </View>
        ) : (
          <Input {...field(t('entrust.contact.phone'), true)}
            className='entrust-input entrust-phone'
            type='number'
            placeholder={t('entrust.contact.phonePlaceholder')}
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
        <Text className='entrust-label'>{t('entrust.contact.idNumber')}</Text>
        <Input {...field(t('entrust.contact.idNumber'))}
          className='entrust-input entrust-id-number'
          type='idcard'
          placeholder={t('entrust.contact.idPlaceholder')}
          maxLength={CONTACT_LIMITS.idNumber}
          value={draft.idNumber}
          onChange={(value) => set('idNumber', value.toUpperCase())}
          onBlur={() => check('idNumber')}
        />
        {errors.idNumber && <Text className='entrust-error'>{errors.idNumber}</Text>}
      </View>

      <View className='entrust-subhead'>{t('entrust.contact.forEnterprise')}</View>
      <View className='entrust-field'>
        <Text className='entrust-label'>{t('entrust.contact.enterprise')}</Text>
        <Input {...field(t('entrust.contact.enterprise'), true)}
          className='entrust-input entrust-enterprise'
          placeholder={t('entrust.contact.enterprisePlaceholder')}
          maxLength={CONTACT_LIMITS.enterpriseName}
          value={draft.enterpriseName}
          onChange={(value) => set('enterpriseName', value)}
          onBlur={() => check('enterpriseName')}
        />
        {errors.enterpriseName && <Text className='entrust-error'>{errors.enterpriseName}</Text>}
      </View>
      <View className='entrust-field'>
        <Text className='entrust-label'>{t('entrust.contact.creditCode')}</Text>
        <Input {...field(t('entrust.contact.creditCode'), true)}
          className='entrust-input entrust-credit-code'
          placeholder={t('entrust.contact.creditPlaceholder')}
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
        <Text className='entrust-label'>{t('entrust.contact.note')}</Text>
        <TextArea {...field(t('entrust.contact.note'))}
          className='entrust-textarea entrust-note'
          placeholder={t('entrust.contact.notePlaceholder')}
          maxLength={CONTACT_LIMITS.note}
          showCount
          rows={3}
          value={draft.note}
          onChange={(value) => set('note', value)}
          onBlur={() => check('note')}
        />
        {errors.note && <Text className='entrust-error'>{errors.note}</Text>}
      </View>

      <Text className='entrust-hint'>{t('entrust.contact.privacy')}</Text>
    </View>
  );
}
