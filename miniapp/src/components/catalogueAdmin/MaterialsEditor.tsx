// 申请材料: add, edit and remove the materials of an item. A kept material keeps its id (cases
// refer to it); a new one gets its id when saved; a removed one is simply not sent.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { MAX_ITEM_MATERIALS } from '@app/shared';
import { emptyMaterial, type ItemErrors, type MaterialDraft } from './itemForm';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

interface Props {
  materials: MaterialDraft[];
  errors: ItemErrors;
  onChange: (materials: MaterialDraft[]) => void;
}

export function MaterialsEditor({ materials, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<MaterialDraft>) => onChange(materials.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const remove = (index: number) => onChange(materials.filter((_, i) => i !== index));

  return (
    <View className='ca-materials'>
      {materials.length === 0 && <Text className='ca-hint'>暂无申请材料，可点击下方“添加材料”</Text>}
      {materials.map((m, index) => (
        <View key={m.key} className='ca-material' data-material-id={m.id ?? ''}>
          <View className='ca-material-head'>
            <Text className='ca-material-index'>材料{index + 1}{m.id ? '' : '（新增）'}</Text>
            <Pressable className='ca-link ca-link--danger ca-material-remove' label={`删除材料${index + 1}`} onPress={() => remove(index)}>
              <Text>删除</Text>
            </Pressable>
          </View>
          <Input {...field(`第 ${index + 1} 项材料的名称`)}
            className='ca-input ca-material-name'
            placeholder='材料名称，如：营业执照'
            maxLength={100}
            value={m.name}
            onChange={(value) => set(index, { name: value })}
          />
          {errors[`materials.${index}.name`] && <Text className='ca-error'>{errors[`materials.${index}.name`]}</Text>}
          <Input {...field(`第 ${index + 1} 项材料的说明`)}
            className='ca-input ca-material-note'
            placeholder='说明（选填），如：原件核验，复印件1份'
            maxLength={200}
            value={m.note}
            onChange={(value) => set(index, { note: value })}
          />
          {errors[`materials.${index}.note`] && <Text className='ca-error'>{errors[`materials.${index}.note`]}</Text>}
          <View className='ca-material-flags'>
            <Pressable
              role='switch'
              checked={m.required}
              label={`材料${index + 1}必交`}
              className={`ca-chip ca-material-required${m.required ? ' ca-chip--on' : ''}`}
              onPress={() => set(index, { required: !m.required })}
            >
              <Text>{m.required ? '必交' : '非必交'}</Text>
            </Pressable>
            <Pressable
              role='switch'
              checked={m.commitmentAllowed}
              label={`材料${index + 1}可告知承诺`}
              className={`ca-chip ca-material-commitment${m.commitmentAllowed ? ' ca-chip--on' : ''}`}
              onPress={() => set(index, { commitmentAllowed: !m.commitmentAllowed })}
            >
              <Text>{m.commitmentAllowed ? '可告知承诺' : '不可告知承诺'}</Text>
            </Pressable>
          </View>
        </View>
      ))}
      {errors.materials && <Text className='ca-error'>{errors.materials}</Text>}
      <Button
        className='ca-material-add'
        size='small'
        fill='outline'
        disabled={materials.length >= MAX_ITEM_MATERIALS}
        onClick={() => onChange([...materials, emptyMaterial()])}
      >
        添加材料
      </Button>
    </View>
  );
}
