// 事项编辑: the bureau's create/edit form for one service item, its save at the version it was
// read at, and 停用/启用. A save that lost to someone else's edit says so and offers a reload.
import { Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import {
  CreateServiceItemRequest,
  Level,
  Scope,
  ServiceKind,
  ServiceMode,
  UpdateServiceItemRequest,
  type AdminServiceItem,
  type Department,
  type ServiceItem,
} from '@app/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiCallError, call } from '../../api/client';
import { newIdempotencyKey } from '../../lib/ids';
import { ChipGroup, optionsOf } from './ChipGroup';
import { bodyOf, draftOf, EMPTY_ITEM, validateDraft, type ItemDraft, type ItemErrors } from './itemForm';
import { MaterialsEditor } from './MaterialsEditor';
import './catalogueAdmin.scss';
import { field as named } from '../../lib/a11y';
import { loadMongolianFont } from '../../lib/mongolianFont';
import { MONGOLIAN_INPUT_HINT, mongolianChange } from '../bureau/mongolianInput';
import '../bureau/mongolianInput.scss';

interface Props {
  /** The item as last read (with its version); absent when publishing a new one. */
  item?: ServiceItem;
  departments: Department[];
  onSaved: (item: AdminServiceItem) => void;
  /** Reads the item again (after a conflict). */
  onReload: () => void;
}

type Notice = { kind: 'conflict' } | { kind: 'error'; message: string } | undefined;

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** Server issues (`['body', field, …]`) as the form's error keys. */
function errorsFrom(error: ApiCallError): ItemErrors {
  const errors: ItemErrors = {};
  for (const issue of error.issues ?? []) {
    const [, field, index, sub] = issue.path;
    const key = field === 'materials' && typeof index === 'number' ? `materials.${index}.${String(sub ?? 'name')}` : String(field ?? 'form');
    errors[key] = issue.message;
  }
  return errors;
}

export function ItemEditor({ item, departments, onSaved, onReload }: Props) {
  const editing = item !== undefined;
  const version = editing ? (item.version ?? 1) : undefined;
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? draftOf(item) : EMPTY_ITEM));
  const [errors, setErrors] = useState<ItemErrors>({});
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  // One key per publishing intent, reused on retries; a changed draft is a new intent.
  const idempotencyKey = useRef(newIdempotencyKey());

  const change = (patch: Partial<ItemDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    idempotencyKey.current = newIdempotencyKey();
  };
  // The Mongolian fields say at once when Chinese is typed into them.
  const changeMn = (key: 'nameMn' | 'descriptionMn', value: string) => {
    change({ [key]: value });
    setErrors((e) => mongolianChange(e, key, value));
  };

  // So that what the bureau types in Mongolian shows in the font the residents will see.
  useEffect(() => {
    void loadMongolianFont();
  }, []);

  const failed = (error: unknown) => {
    if (error instanceof ApiCallError && error.code === 'stale_version') {
      setNotice({ kind: 'conflict' });
    } else if (error instanceof ApiCallError && error.code === 'conflict' && error.reason === 'codeTaken') {
      setErrors({ code: '该事项编码已被其他事项使用，请核对' });
      setNotice({ kind: 'error', message: '事项编码重复，未保存' });
    } else if (error instanceof ApiCallError && error.code === 'validation_failed' && error.issues?.length) {
      setErrors(errorsFrom(error));
      setNotice({ kind: 'error', message: error.message });
    } else {
      setNotice({ kind: 'error', message: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试' });
    }
  };

  const save = async () => {
    const found = validateDraft(draft, version);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ kind: 'error', message: '请检查标红的内容' });
      return;
    }
    setNotice(undefined);
    setBusy(true);
    try {
      const saved =
        editing && version !== undefined
          ? await call('updateServiceItem', { params: { id: item.id }, body: UpdateServiceItemRequest.parse(bodyOf(draft, version)) })
          : await call('createServiceItem', { body: CreateServiceItemRequest.parse(bodyOf(draft)), idempotencyKey: idempotencyKey.current });
      onSaved(saved);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const setActive = async (active: boolean) => {
    if (!editing) return;
    setConfirmWithdraw(false);
    setBusy(true);
    try {
      onSaved(await call('setServiceItemStatus', { params: { id: item.id }, body: { active } }));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, key: keyof ItemDraft | string, control: ReactNode, hint?: string) => (
    <View className='ca-field'>
      <Text className='ca-label'>{label}</Text>
      {control}
      {hint && <Text className='ca-hint'>{hint}</Text>}
      {errors[key] && <Text className={`ca-error ca-error--${key}`}>{errors[key]}</Text>}
    </View>
  );

  const withdrawn = item?.active === false;

  return (
    <View className='ca-editor'>
      {withdrawn && <View className='ca-banner ca-banner--withdrawn'>该事项已停用：群众端事项清单不再显示，不受理新的委托；已受理的办件不受影响。</View>}

      {notice?.kind === 'conflict' && (
        <View className='ca-banner ca-banner--conflict'>
          <Text className='ca-conflict-text'>
            {`保存未成功：您编辑期间，该事项已被其他工作人员修改（您打开的是第${version ?? 1}版）。为避免覆盖他人的修改，请重新加载最新内容后再修改。`}
          </Text>
          <Button className='ca-reload' size='small' type='primary' onClick={onReload}>
            重新加载
          </Button>
        </View>
      )}

      <View className='ca-section'>
        {field('事项名称', 'name', <Input {...named('事项名称')} className='ca-input ca-name' placeholder='如：食品经营许可' maxLength={100} value={draft.name} onChange={(v) => change({ name: v })} />)}
        {field(
          '事项编码',
          'code',
          <Input {...named('事项编码')} className='ca-input ca-code' placeholder='如：150203-SCJG-QY-001' maxLength={40} value={draft.code} onChange={(v) => change({ code: v })} />,
          '以部门公布的事项清单编码为准，不可与其他事项重复',
        )}
        {field(
          '实施部门',
          'departmentId',
          <ChipGroup
            label='实施部门'
            className='ca-departments'
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            selected={draft.departmentId ? [draft.departmentId] : []}
            onToggle={(id) => change({ departmentId: id })}
          />,
        )}
        {field('事项类别', 'scope', <ChipGroup label='事项类别' className='ca-scope' options={optionsOf(Scope)} selected={draft.scope ? [draft.scope] : []} onToggle={(v) => change({ scope: v })} />)}
        {field('层级', 'level', <ChipGroup label='层级' className='ca-level' options={optionsOf(Level)} selected={draft.level ? [draft.level] : []} onToggle={(v) => change({ level: v })} />)}
        {field(
          '服务类型',
          'serviceKinds',
          <ChipGroup label='服务类型' multiple className='ca-kinds' options={optionsOf(ServiceKind)} selected={draft.serviceKinds} onToggle={(v) => change({ serviceKinds: toggle(draft.serviceKinds, v) })} />,
        )}
        {field(
          '服务方式',
          'serviceModes',
          <ChipGroup label='服务方式' multiple className='ca-modes' options={optionsOf(ServiceMode)} selected={draft.serviceModes} onToggle={(v) => change({ serviceModes: toggle(draft.serviceModes, v) })} />,
        )}
      </View>

      <View className='ca-section'>
        <View className='ca-days'>
          {field(
            '承诺时限（工作日）',
            'commitmentDays',
            <Input {...named('承诺时限（工作日）')} className='ca-input ca-commitment' type='number' placeholder='如：3' maxLength={3} value={draft.commitmentDays} onChange={(v) => change({ commitmentDays: v })} />,
          )}
          {field(
            '法定时限（工作日）',
            'statutoryDays',
            <Input {...named('法定时限（工作日）')} className='ca-input ca-statutory' type='number' placeholder='没有可不填' maxLength={3} value={draft.statutoryDays} onChange={(v) => change({ statutoryDays: v })} />,
          )}
        </View>
        <Text className='ca-hint'>承诺时限不得超过法定时限。修改时限只影响今后受理的办件，已受理的办件仍按受理时的时限办理。</Text>
        {field('收费标准', 'fee', <Text className='ca-fee'>免费（代办帮办服务一律不收取费用）</Text>)}
        {field(
          '关键词',
          'keywords',
          <Input {...named('搜索关键词')} className='ca-input ca-keywords' placeholder='用逗号或空格分隔，如：开办，营业执照' maxLength={440} value={draft.keywords} onChange={(v) => change({ keywords: v })} />,
        )}
        {field(
          '事项说明',
          'summary',
          <TextArea {...named('事项说明')} className='ca-textarea ca-summary' placeholder='办理条件、适用情形等（选填）' maxLength={500} value={draft.summary} onChange={(v) => change({ summary: v })} />,
        )}
      </View>

      <View className='ca-section ca-mongolian'>
        <Text className='ca-section-title'>蒙古文（选填）</Text>
        <Text className='ca-hint'>{MONGOLIAN_INPUT_HINT}</Text>
        {field(
          '蒙古文名称',
          'nameMn',
          <Input {...named('蒙古文名称')} className='ca-input ca-name-mn mn-input' maxLength={700} value={draft.nameMn} onChange={(v) => changeMn('nameMn', v)} />,
        )}
        {field(
          '蒙古文说明',
          'descriptionMn',
          <TextArea {...named('蒙古文说明')} className='ca-textarea ca-description-mn mn-input' maxLength={3500} value={draft.descriptionMn} onChange={(v) => changeMn('descriptionMn', v)} />,
        )}
      </View>

      <View className='ca-section'>
        <Text className='ca-section-title'>申请材料</Text>
        <MaterialsEditor materials={draft.materials} errors={errors} onChange={(materials) => change({ materials })} />
      </View>

      {notice?.kind === 'error' && <View className='ca-banner ca-banner--error'>{notice.message}</View>}

      <View className='ca-actions'>
        <Button className='ca-save' type='primary' block disabled={busy} onClick={save}>
          {busy ? '保存中…' : editing ? '保存修改' : '发布事项'}
        </Button>
        {editing &&
          (withdrawn ? (
            <Button className='ca-activate' block disabled={busy} onClick={() => setActive(true)}>
              启用事项
            </Button>
          ) : confirmWithdraw ? (
            <View className='ca-confirm'>
              <Text className='ca-hint'>停用后群众将无法在事项清单中找到并委托该事项，已受理的办件不受影响。确定停用？</Text>
              <View className='ca-confirm-buttons'>
                <Button className='ca-withdraw-confirm' type='danger' size='small' disabled={busy} onClick={() => setActive(false)}>
                  确定停用
                </Button>
                <Button className='ca-withdraw-cancel' size='small' onClick={() => setConfirmWithdraw(false)}>
                  取消
                </Button>
              </View>
            </View>
          ) : (
            <Button className='ca-withdraw' block fill='outline' disabled={busy} onClick={() => setConfirmWithdraw(true)}>
              停用事项
            </Button>
          ))}
      </View>
    </View>
  );
}
