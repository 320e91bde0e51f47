// The two list-shaped action forms: 要求补正 (items to hand in again) and 并联办理 (departments with a title each).
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { useState } from 'react';
import { toast } from '../case/messages';
import { ChoiceChips } from './ChoiceChips';
import { Field, SubmitButton, optional, type FormProps } from './formParts';
import './agent.scss';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

type Item = { materialSpecId?: string; name: string; reason: string };

export function SupplementForm({ specs, busy, onSubmit }: FormProps) {
  const [items, setItems] = useState<Item[]>([{ name: '', reason: '' }]);
  const [note, setNote] = useState('');
  const update = (index: number, patch: Partial<Item>) => setItems(items.map((it, i) => (i === index ? { ...it, ...patch } : it)));

  const submit = () => {
    const filled = items.map((it) => ({ ...it, name: it.name.trim(), reason: it.reason.trim() }));
    if (filled.some((it) => !it.name || !it.reason)) {
      toast('请填写每项补正材料的名称和原因');
      return;
    }
    onSubmit({ action: 'requestSupplement', items: filled, note: optional(note) });
  };

  return (
    <View className='action-form action-form--requestSupplement'>
      {items.map((item, index) => (
        <View key={index} className='supplement-item'>
          <View className='supplement-item-head'>
            <Text className='action-field-label'>补正材料 {index + 1}</Text>
            {items.length > 1 && (
              <Pressable className='supplement-item-remove' label={`删除补正材料 ${index + 1}`} onPress={() => setItems(items.filter((_, i) => i !== index))}>
                <Text>删除</Text>
              </Pressable>
            )}
          </View>
          {specs.length > 0 && (
            <ChoiceChips
              label={`补正材料 ${index + 1} 对应清单中的材料`}
              className='supplement-spec'
              choices={specs.map((s) => ({ value: s.id, label: s.name }))}
              selected={item.materialSpecId ? [item.materialSpecId] : []}
              onToggle={(id) =>
                item.materialSpecId === id
                  ? update(index, { materialSpecId: undefined })
                  : update(index, { materialSpecId: id, name: specs.find((s) => s.id === id)?.name ?? item.name })
              }
            />
          )}
          <Input {...field(`补正材料 ${index + 1} 的名称`)} className='supplement-name' placeholder='材料名称' value={item.name} maxLength={100} onChange={(v) => update(index, { name: v })} />
          <TextArea {...field(`补正材料 ${index + 1} 的原因`)}
            className='supplement-reason'
            placeholder='补正原因，如：复印件不清晰'
            value={item.reason}
            maxLength={200}
            rows={2}
            onChange={(v) => update(index, { reason: v })}
          />
        </View>
      ))}
      {items.length < 20 && (
        <Button className='supplement-add' size='small' fill='outline' onClick={() => setItems([...items, { name: '', reason: '' }])}>
          再加一项
        </Button>
      )}
      <Field label='给申请人的说明'>
        <TextArea {...field('给申请人的说明')} className='action-note' value={note} maxLength={500} rows={2} onChange={setNote} />
      </Field>
      <SubmitButton busy={busy} label='通知申请人补正' onClick={submit} />
    </View>
  );
}

export function SplitForm({ detail, departments, busy, onSubmit }: FormProps) {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const others = departments.filter((d) => d.id !== detail.departmentId);
  const chosen = Object.keys(titles);

  const toggle = (id: string) => {
    const next = { ...titles };
    if (id in next) delete next[id];
    else next[id] = '';
    setTitles(next);
  };

  const submit = () => {
    if (chosen.length === 0) {
      toast('请选择至少一个并联部门');
      return;
    }
    if (chosen.some((id) => !titles[id].trim())) {
      toast('请为每个部门填写办理事项');
      return;
    }
    onSubmit({ action: 'splitSubTasks', tasks: chosen.map((departmentId) => ({ departmentId, title: titles[departmentId].trim() })) });
  };

  return (
    <View className='action-form action-form--splitSubTasks'>
      <Field label='并联部门' required>
        <ChoiceChips label='并联部门' multiple className='split-departments' choices={others.map((d) => ({ value: d.id, label: d.name }))} selected={chosen} onToggle={toggle} />
      </Field>
      {chosen.map((id) => (
        <Field key={id} label={`${departments.find((d) => d.id === id)?.name ?? ''} 办理事项`} required>
          <Input {...field(`${departments.find((d) => d.id === id)?.name ?? ''} 办理事项`, true)}
            className='split-title'
            placeholder='如：核发卫生许可'
            value={titles[id]}
            maxLength={100}
            onChange={(v) => setTitles({ ...titles, [id]: v })}
          />
        </Field>
      ))}
      <SubmitButton busy={busy} label='发起并联办理' onClick={submit} />
    </View>
  );
}
