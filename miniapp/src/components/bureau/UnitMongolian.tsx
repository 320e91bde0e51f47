// 蒙古文名称: the bureau writes a department's name, or a service point's name and address, in
// Mongolian. Blank fields are left out (the Mongolian interface then shows the Chinese); Chinese
// typed into them is refused as it is typed and by the API, with the reason.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { SetDepartmentMongolianRequest, SetServicePointMongolianRequest, type Department, type ServicePoint } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { field as named, live } from '../../lib/a11y';
import { loadMongolianFont } from '../../lib/mongolianFont';
import { Button } from '../ui/Button';
import { MONGOLIAN_INPUT_HINT, mongolianChange } from './mongolianInput';
import './mongolianInput.scss';

type Unit = { kind: 'department'; department: Department } | { kind: 'servicePoint'; point: ServicePoint };
type Field = 'nameMn' | 'addressMn';

const LABELS: Record<Field, string> = { nameMn: '蒙古文名称', addressMn: '蒙古文地址' };
/** The schemas' limits (seven times the Chinese field's), so the input stops where the API would. */
const limitOf = (unit: Unit, key: Field) => (key === 'addressMn' ? 1400 : unit.kind === 'department' ? 420 : 560);
const TOO_LONG: Record<Field, string> = { nameMn: '蒙古文名称过长', addressMn: '蒙古文地址过长' };

const valuesOf = (unit: Unit): Partial<Record<Field, string>> =>
  unit.kind === 'department' ? { nameMn: unit.department.nameMn } : { nameMn: unit.point.nameMn, addressMn: unit.point.addressMn };

export function UnitMongolian({ unit, onSaved, onClose }: { unit: Unit; onSaved: () => void; onClose: () => void }) {
  const fields: Field[] = unit.kind === 'department' ? ['nameMn'] : ['nameMn', 'addressMn'];
  const [draft, setDraft] = useState<Record<Field, string>>(() => ({ nameMn: valuesOf(unit).nameMn ?? '', addressMn: valuesOf(unit).addressMn ?? '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadMongolianFont();
  }, []);

  const change = (key: Field, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => mongolianChange(e, key, value));
    setNote(undefined);
  };

  const save = async () => {
    const body = Object.fromEntries(fields.map((f) => [f, draft[f].trim() || undefined]));
    const schema = unit.kind === 'department' ? SetDepartmentMongolianRequest : SetServicePointMongolianRequest;
    const checked = schema.safeParse(body);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0]) as Field;
        found[key] ??= /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : TOO_LONG[key];
      }
      setErrors(found);
      return;
    }
    setBusy(true);
    setNote(undefined);
    try {
      if (unit.kind === 'department') await call('setDepartmentMongolian', { params: { id: unit.department.id }, body: checked.data });
      else await call('setServicePointMongolian', { params: { id: unit.point.id }, body: checked.data });
      setNote(Object.values(checked.data).some(Boolean) ? '已保存' : '已清除，蒙古文界面将显示中文');
      onSaved();
    } catch (error) {
      if (error instanceof ApiCallError && error.issues?.length) {
        setErrors(Object.fromEntries(error.issues.map((i) => [String(i.path[1]), i.message])));
      }
      setNote(undefined);
      setErrors((e) => ({ ...e, form: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='unit-mn'>
      <Text className='unit-mn-hint'>{MONGOLIAN_INPUT_HINT}</Text>
      {fields.map((key) => (
        <View key={key} className={`unit-mn-field unit-mn-field--${key}`}>
          <Text className='unit-mn-label'>{LABELS[key]}</Text>
          <Input {...named(LABELS[key])} className={`mn-input unit-mn-input unit-mn-input--${key}`} maxLength={limitOf(unit, key)} value={draft[key]} onChange={(v) => change(key, v)} />
          {errors[key] && <Text className={`unit-mn-error unit-mn-error--${key}`}>{errors[key]}</Text>}
        </View>
      ))}
      {errors.form && (
        <Text className='unit-mn-error unit-mn-error--form' {...live('alert')}>
          {errors.form}
        </Text>
      )}
      {note && (
        <Text className='unit-mn-note' {...live()}>
          {note}
        </Text>
      )}
      <View className='unit-mn-buttons'>
        <Button className='unit-mn-save' size='small' type='primary' disabled={busy} onClick={save}>
          {busy ? '保存中…' : '保存蒙古文'}
        </Button>
        <Button className='unit-mn-close' size='small' onClick={onClose}>
          收起
        </Button>
      </View>
    </View>
  );
}
