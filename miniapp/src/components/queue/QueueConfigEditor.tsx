// 取号队列 of one service point (bureau): each queue's name, letter, daily cap, whether numbers can
// be taken, and the windows that call it; saved with the version read, so two editors never
// overwrite each other silently. The API's field messages show beside their fields.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { QueueConfigResponse } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../booking/bookingText';
import { toast } from '../case/messages';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import { Button } from '../ui/Button';
import { Switch } from '../ui/Switch';
import { field, heading } from '../../lib/a11y';
import { draftOf, errorsOf, newQueue, requestOf, type QueueDraft, type QueueErrors } from './queueConfigForm';
import './queueConfig.scss';

const MAX_QUEUES = 12;

export function QueueConfigEditor({ pointId }: { pointId: string }) {
  const [config, setConfig] = useState<QueueConfigResponse>();
  const [drafts, setDrafts] = useState<QueueDraft[]>([]);
  const [errors, setErrors] = useState<QueueErrors>({});
  const [loadError, setLoadError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    call('getQueueConfig', { params: { id: pointId } })
      .then((c) => {
        if (!live) return;
        setConfig(c);
        setDrafts(draftOf(c));
        setErrors({});
        setLoadError(undefined);
      })
      .catch((e: unknown) => live && setLoadError(errorText(e)));
    return () => {
      live = false;
    };
  }, [pointId, reloads]);

  const change = (key: string, patch: Partial<QueueDraft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const save = async () => {
    if (!config) return;
    const request = requestOf(drafts);
    if ('errors' in request) return setErrors(request.errors);
    setBusy(true);
    try {
      const saved = await call('updateQueueConfig', { params: { id: pointId }, body: { queues: request.queues, version: config.version } });
      setConfig(saved);
      setDrafts(draftOf(saved));
      setErrors({});
      toast('取号队列已保存', 'success');
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'stale_version') setErrors({ form: '取号队列已被他人更新，请点“重新载入”后再修改' });
      else if (e instanceof ApiCallError && e.code === 'validation_failed' && e.issues?.length) setErrors(errorsOf(e.issues));
      else setErrors({ form: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const error = (key: string) => (errors[key] ? <Text className='cal-error qc-error'>{errors[key]}</Text> : null);

  return (
    <View className='cal-card qc-editor'>
      <Text className='ca-label qc-title' {...heading(2)}>
        取号队列{config ? `（第 ${config.version} 版）` : ''}
      </Text>
      <Text className='cal-muted'>群众扫码或在服务台取号；预约签到的群众自动进入“预约签到”优先队列（Y 字头），无需设置。</Text>
      {loadError && <Text className='cal-error'>{loadError}</Text>}
      {!config && !loadError && <Text className='cal-muted'>加载中…</Text>}
      {config && drafts.length === 0 && <Text className='cal-muted'>尚未设置队列，本网点暂不提供取号</Text>}
      {config &&
        drafts.map((d, i) => (
          <View key={d.key} className='qc-queue' data-queue-id={d.id}>
            <View className='qc-queue-head'>
              <Text className='qc-queue-no'>队列 {i + 1}</Text>
              <Button size='small' fill='none' className='qc-remove' aria-label={`删除队列 ${d.name || i + 1}`} onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}>
                删除
              </Button>
            </View>
            <View className='qc-fields'>
              <View className='qc-field qc-field-name'>
                <Text className='sch-field-label'>名称</Text>
                <Input {...field(`队列 ${i + 1} 名称`, true)} className='sch-input qc-name' value={d.name} maxLength={20} placeholder='如 代办帮办咨询' onChange={(name) => change(d.key, { name })} />
                {error(`${i}.name`)}
              </View>
              <View className='qc-field qc-field-prefix'>
                <Text className='sch-field-label'>字母</Text>
                <Input {...field(`队列 ${i + 1} 号码字母`, true)} className='sch-input qc-prefix' value={d.prefix} maxLength={1} onChange={(prefix) => change(d.key, { prefix: prefix.toUpperCase() })} />
                {error(`${i}.prefix`)}
              </View>
              <View className='qc-field qc-field-cap'>
                <Text className='sch-field-label'>每日上限</Text>
                <Input {...field(`队列 ${i + 1} 每日上限`, true)} className='sch-input qc-cap' type='number' value={d.dailyCap} maxLength={4} onChange={(dailyCap) => change(d.key, { dailyCap })} />
                {error(`${i}.dailyCap`)}
              </View>
            </View>
            <Text className='sch-field-label'>叫号窗口（不选则所有窗口都叫此队列）</Text>
            <ChipGroup
              label={`队列 ${i + 1} 叫号窗口`}
              multiple
              className='qc-windows'
              options={Array.from({ length: config.windows }, (_, w) => ({ value: String(w + 1), label: `${w + 1} 号` }))}
              selected={d.windows.map(String)}
              onToggle={(w) => change(d.key, { windows: d.windows.includes(Number(w)) ? d.windows.filter((x) => x !== Number(w)) : [...d.windows, Number(w)] })}
            />
            {error(`${i}.windows`)}
            <Switch title='开放取号' hint={d.active ? '群众可以取号' : '暂停取号，大厅屏仍显示'} on={d.active} className='qc-active' onChange={(active) => change(d.key, { active })} />
            {error(`${i}.id`)}
          </View>
        ))}
      {errors.form && <View className='ca-banner ca-banner--error qc-form-error'>{errors.form}</View>}
      {config && (
        <View className='cal-add'>
          <Button size='small' fill='outline' className='qc-add' disabled={drafts.length >= MAX_QUEUES} reason={drafts.length >= MAX_QUEUES ? `每个网点最多 ${MAX_QUEUES} 个队列` : undefined} onClick={() => setDrafts((ds) => [...ds, newQueue(ds)])}>
            添加队列
          </Button>
        </View>
      )}
      <View className='cal-add'>
        <Button type='primary' className='qc-save' loading={busy} disabled={!config || busy} onClick={() => void save()}>
          保存取号队列
        </Button>
        <Button fill='outline' className='qc-reload' onClick={() => setReloads((n) => n + 1)}>
          重新载入
        </Button>
      </View>
    </View>
  );
}
