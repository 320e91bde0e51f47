// 事项详情: what an item needs, what an agent can do for it, and how to entrust or book it.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useRouter } from '@tarojs/taro';
import { Level, Scope, ServiceKind, ServiceMode, type ServiceItem } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { heading } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import './index.scss';

type DetailState =
  | { status: 'loading' }
  | { status: 'error'; message: string; missing: boolean }
  | { status: 'ready'; item: ServiceItem };

/** What each service kind means for the applicant, in one short sentence. */
const KIND_HINTS: Record<ServiceKind, string> = {
  consult: '解答办理条件、流程和所需材料',
  guide: '指导填写表格、准备和核对材料',
  coordinate: '协调相关部门，推动跨部门事项办理',
  handleOnBehalf: '经您委托，由代办员代您跑腿、全程办理',
  assist: '帮办员陪同或协助您本人办理',
};

/** The entrustment paths a resident can start here, in the order they are offered: each names its mode, and 代办/帮办 their kind. */
const ACTIONS = [
  { mode: 'online', kind: 'handleOnBehalf', label: '委托代办', className: 'action-entrust' },
  { mode: 'appointment', kind: 'assist', label: '预约帮办', className: 'action-appointment' },
  { mode: 'onSite', kind: undefined, label: '申请上门', className: 'action-onsite' },
] as const satisfies readonly { mode: ServiceMode; kind: ServiceKind | undefined; label: string; className: string }[];

export default function ServiceItemPage() {
  const [elderly] = useElderly();
  const id = useRouter().params.id ?? '';
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DetailState>({ status: 'loading' });

  useEffect(() => {
    if (!id) {
      setState({ status: 'error', message: '缺少事项编号，请从事项清单进入', missing: true });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    call('getServiceItem', { params: { id } })
      .then((item) => live && setState({ status: 'ready', item }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiCallError && error.code === 'not_found') {
          setState({ status: 'error', message: '该事项不存在或已调整，请在事项清单中重新查找', missing: true });
        } else {
          setState({ status: 'error', message: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试', missing: false });
        }
      });
    return () => {
      live = false;
    };
  }, [id, attempt]);

  if (state.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'item-page')}>
        {state.status === 'loading' ? (
          <View className='detail-status'>加载中…</View>
        ) : (
          <View className='detail-status detail-error'>
            <Text>{state.message}</Text>
            {state.missing ? (
              <Button size='small' onClick={() => Taro.redirectTo({ url: '/resident/items/index' })}>
                查看事项清单
              </Button>
            ) : (
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                重试
              </Button>
            )}
          </View>
        )}
      </View>
    );
  }

  const { item } = state;
  // A withdrawn (停用) item still opens from old links, but takes no new entrustment.
  const actions = item.active === false ? [] : ACTIONS.filter((action) => item.serviceModes.includes(action.mode));
  const entrust = (mode: ServiceMode, kind: ServiceKind | undefined) =>
    Taro.navigateTo({ url: `/resident/entrust/index?itemId=${encodeURIComponent(item.id)}&mode=${mode}${kind ? `&kind=${kind}` : ''}` });

  return (
    <View className={pageClass(elderly, `item-page${actions.length ? ' item-page--with-actions' : ''}`)}>
      <View className='item-detail'>
        <View className='detail-card detail-head'>
          <Text className='detail-name' {...heading(2)}>{item.name}</Text>
          <View className='detail-tags'>
            <Text className='detail-tag detail-tag--blue'>{Scope.labels[item.scope]}</Text>
            <Text className='detail-tag detail-tag--grey'>{Level.labels[item.level]}</Text>
            <Text className='detail-tag detail-tag--green'>{item.fee.note}</Text>
          </View>
          <Text className='detail-line'>办理部门：{item.departmentName}</Text>
          <Text className='detail-line detail-code'>事项编码：{item.code}</Text>
          {item.summary && <Text className='detail-summary'>{item.summary}</Text>}
          {item.active === false && <Text className='detail-line detail-withdrawn'>该事项已停用，暂不受理新的委托</Text>}
        </View>

        <View className='detail-facts'>
          <View className='detail-fact'>
            <Text className='detail-fact-value'>{item.commitmentDays}</Text>
            <Text className='detail-fact-label'>承诺时限 {item.commitmentDays} 个工作日</Text>
          </View>
          {item.statutoryDays !== undefined && (
            <View className='detail-fact'>
              <Text className='detail-fact-value'>{item.statutoryDays}</Text>
              <Text className='detail-fact-label'>法定时限 {item.statutoryDays} 个工作日</Text>
            </View>
          )}
          <View className='detail-fact'>
            <Text className='detail-fact-value detail-free'>免费</Text>
            <Text className='detail-fact-label'>代办帮办全程免费</Text>
          </View>
        </View>

        <View className='detail-card'>
          <Text className='detail-section-title' {...heading(3)}>代办帮办员可以为您</Text>
          {item.serviceKinds.map((kind) => (
            <View key={kind} className='detail-kind'>
              <Text className='detail-kind-label'>{ServiceKind.labels[kind]}</Text>
              <Text className='detail-kind-hint'>{KIND_HINTS[kind]}</Text>
            </View>
          ))}
          <View className='detail-modes'>
            <Text className='detail-modes-title'>服务方式</Text>
            {item.serviceModes.map((mode) => (
              <Text key={mode} className='detail-mode'>
                {ServiceMode.labels[mode]}
              </Text>
            ))}
          </View>
        </View>

        <View className='detail-card'>
          <Text className='detail-section-title' {...heading(3)}>申请材料（{item.materials.length} 项）</Text>
          {item.materials.length === 0 && <Text className='detail-line'>本事项无需提交材料</Text>}
          {item.materials.map((material, index) => (
            <View key={material.id} className='item-material'>
              <Text className='material-index'>{index + 1}</Text>
              <View className='material-body'>
                <Text className='material-name'>{material.name}</Text>
                {material.note && <Text className='material-note'>{material.note}</Text>}
                <View className='material-tags'>
                  {material.required ? (
                    <Text className='detail-tag detail-tag--red'>必交</Text>
                  ) : (
                    <Text className='detail-tag detail-tag--grey'>视情况提交</Text>
                  )}
                  {material.commitmentAllowed && <Text className='detail-tag detail-tag--orange material-commitment'>可告知承诺</Text>}
                </View>
              </View>
            </View>
          ))}
          {item.materials.some((m) => m.commitmentAllowed) && (
            <Text className='detail-note'>标有“可告知承诺”的材料，可签署书面承诺代替提交，由部门事后核查。</Text>
          )}
        </View>
      </View>

      {actions.length > 0 && (
        <View className='detail-actions'>
          {actions.map((action, index) => (
            <Button
              key={action.mode}
              className={`detail-action ${action.className}`}
              type='primary'
              fill={index === 0 ? 'solid' : 'outline'}
              onClick={() => entrust(action.mode, action.kind)}
            >
              {action.label}
            </Button>
          ))}
        </View>
      )}
    </View>
  );
}
