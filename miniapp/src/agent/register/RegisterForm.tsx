// 窗口登记: an agent keys in an entrustment received offline (at the window, or by phone): the item
// (searched in the catalogue), the applicant, the service kind and mode, a note. POST /cases as the
// agent records channel 'window' and makes the agent its first-contact owner (首问负责).
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import { ApplicantInputSchema, ServiceKind, ServiceMode, type ServiceItemSummary } from '@app/shared';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import { ChoiceChips } from '../../components/agent/ChoiceChips';
import { Field, SubmitButton, optional } from '../../components/agent/formParts';
import { errorMessage } from '../../components/case/messages';
import { newIdempotencyKey } from '../../lib/ids';
import { field } from '../../lib/a11y';
import { Pressable } from '../../components/ui/Pressable';

type Kind = ServiceKind;
type Mode = ServiceMode;

interface Picked {
  item: ServiceItemSummary;
  /** The item's modes once its detail is read; on-site visits are arranged on the case page, not here. */
  modes: Mode[];
}

export interface RegisterFormProps {
  /** The agent's service point, recorded on the case when they serve one. */
  servicePointId?: string;
  onCreated: (caseId: string) => void;
}

type Errors = Partial<Record<'item' | 'name' | 'phone' | 'idNumber' | 'serviceKind' | 'serviceMode' | 'form', string>>;

export function RegisterForm({ servicePointId, onCreated }: RegisterFormProps) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<ServiceItemSummary[]>();
  const [searching, setSearching] = useState(false);
  const [picked, setPicked] = useState<Picked>();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [kind, setKind] = useState<Kind>();
  const [mode, setMode] = useState<Mode>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // One key per registration, reused on every retry of it: a lost answer never makes two cases.
  const idempotencyKey = useRef(newIdempotencyKey());

  const search = async () => {
    const text = q.trim();
    if (!text) return;
    setSearching(true);
    try {
      setResults((await call('listServiceItems', { query: { q: text, limit: 20 } })).items);
    } catch (error) {
      setErrors({ item: errorMessage(error) });
    } finally {
      setSearching(false);
    }
  };

  const pick = async (item: ServiceItemSummary) => {
    setErrors((e) => ({ ...e, item: undefined }));
    try {
      const detail = await call('getServiceItem', { params: { id: item.id } });
      setPicked({ item, modes: detail.serviceModes.filter((m) => m !== 'onSite') });
      setKind(item.serviceKinds.includes('handleOnBehalf') ? 'handleOnBehalf' : item.serviceKinds[0]);
      setMode(undefined);
      setResults(undefined);
    } catch (error) {
      setErrors({ item: errorMessage(error) });
    }
  };

  const submit = async () => {
    const applicant = ApplicantInputSchema.safeParse({ name: name.trim(), phone: phone.trim(), idNumber: optional(idNumber) });
    const next: Errors = {};
    if (!picked) next.item = '请先选择事项';
    if (!kind) next.serviceKind = '请选择服务类型';
    if (!mode) next.serviceMode = '请选择服务方式';
    if (!applicant.success) {
      for (const issue of applicant.error.issues) {
        const field = String(issue.path[0]) as 'name' | 'phone' | 'idNumber';
        next[field] ??= field === 'name' ? '请填写申请人姓名' : issue.message;
      }
    }
    setErrors(next);
    if (Object.keys(next).length || !picked || !kind || !mode || !applicant.success) return;
    setBusy(true);
    try {
      const created = await call('createCase', {
        body: { kind: 'entrustment', itemId: picked.item.id, serviceKind: kind, serviceMode: mode, channel: 'window', servicePointId, applicant: applicant.data, note: optional(note) },
        idempotencyKey: idempotencyKey.current,
      });
      idempotencyKey.current = newIdempotencyKey();
      onCreated(created.id);
    } catch (error) {
      setErrors({ form: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const error = (key: keyof Errors) => (errors[key] ? <Text className='register-error'>{errors[key]}</Text> : null);

  return (
    <View className='register-form'>
      <Field label='办理事项' required>
        {picked ? (
          <View className='register-picked'>
            <Text className='register-picked-name'>{picked.item.name}</Text>
            <Text className='register-picked-department'>{picked.item.departmentName}</Text>
            <Button size='small' fill='outline' className='register-repick' onClick={() => setPicked(undefined)}>
              重新选择
            </Button>
          </View>
        ) : (
          <View className='register-search'>
            <Input {...field('查找事项')} className='register-q' value={q} placeholder='输入事项名称或关键词' maxLength={40} onChange={setQ} />
            <Button size='small' type='primary' className='register-search-button' loading={searching} onClick={() => void search()}>
              搜索
            </Button>
            {results?.length === 0 && <Text className='register-none'>没有找到相关事项</Text>}
            {results?.map((item) => (
              <Pressable key={item.id} className='register-result' onPress={() => void pick(item)}>
                <Text>{item.name}</Text>
                <Text className='register-result-department'>{item.departmentName}</Text>
              </Pressable>
            ))}
          </View>
        )}
        {error('item')}
      </Field>
      <Field label='申请人姓名' required>
        <Input {...field('申请人姓名', true)} className='register-name' value={name} maxLength={30} placeholder='与证件一致' onChange={setName} />
        {error('name')}
      </Field>
      <Field label='联系电话' required>
        <Input {...field('联系电话', true)} className='register-phone' type='number' value={phone} maxLength={11} placeholder='申请人本人手机号，用于在小程序中认领办件' onChange={setPhone} />
        {error('phone')}
      </Field>
      <Field label='身份证号（选填）'>
        <Input {...field('身份证号（选填）')} className='register-id-number' type='idcard' value={idNumber} maxLength={18} placeholder='加密保存，仅本人和承办人员可查看' onChange={setIdNumber} />
        {error('idNumber')}
      </Field>
      {picked && (
        <>
          <Field label='服务类型' required>
            <ChoiceChips
              label='服务类型'
              className='register-kind'
              choices={picked.item.serviceKinds.map((k) => ({ value: k, label: ServiceKind.labels[k] }))}
              selected={kind ? [kind] : []}
              onToggle={setKind}
            />
            {error('serviceKind')}
          </Field>
          <Field label='服务方式' required>
            <ChoiceChips label='服务方式' className='register-mode' choices={picked.modes.map((m) => ({ value: m, label: ServiceMode.labels[m] }))} selected={mode ? [mode] : []} onToggle={setMode} />
            {error('serviceMode')}
          </Field>
        </>
      )}
      <Field label='备注'>
        <TextArea {...field('备注')} className='register-note' value={note} maxLength={500} placeholder='来件情况、已收材料等' onChange={setNote} />
      </Field>
      {error('form')}
      <SubmitButton busy={busy} label='提交登记' onClick={() => void submit()} />
    </View>
  );
}
