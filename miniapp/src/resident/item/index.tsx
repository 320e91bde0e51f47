// 事项详情: what an item needs, what an agent can do for it, and how to entrust or book it.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useRouter } from '@tarojs/taro';
import type { ServiceItem, ServiceKind, ServiceMode } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { heading } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage, type MessageKey } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/catalogue';
import './index.scss';

type DetailState =
  | { status: 'loading' }
  | { status: 'error'; message: string; missing: boolean }
  | { status: 'ready'; item: ServiceItem };

/** The names the bureau may have entered in Mongolian too (issue 17 deliverable 3). */
type Bilingual = { nameMn?: string; departmentNameMn?: string; summaryMn?: string };

/** The entrustment paths a resident can start here, in the order they are offered: each names its mode, and 代办/帮办 their kind. */
const ACTIONS = [
  { mode: 'online', kind: 'handleOnBehalf', label: 'catalogue.actions.entrust', className: 'action-entrust' },
  { mode: 'appointment', kind: 'assist', label: 'catalogue.actions.appointment', className: 'action-appointment' },
  { mode: 'onSite', kind: undefined, label: 'catalogue.actions.onSite', className: 'action-onsite' },
] as const satisfies readonly { mode: ServiceMode; kind: ServiceKind | undefined; label: MessageKey; className: string }[];

export default function ServiceItemPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const lang = { className: languageClass(language), ...languageProps(language) };
  const id = useRouter().params.id ?? '';
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DetailState>({ status: 'loading' });

  useEffect(() => {
    if (!id) {
      setState({ status: 'error', message: t('catalogue.noId'), missing: true });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    call('getServiceItem', { params: { id } })
      .then((item) => live && setState({ status: 'ready', item }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiCallError && error.code === 'not_found') {
          setState({ status: 'error', message: t('catalogue.notFound'), missing: true });
        } else {
          setState({ status: 'error', message: error instanceof ApiCallError ? error.message : t('common.systemError'), missing: false });
        }
      });
    return () => {
      live = false;
    };
  }, [id, attempt]);

  if (state.status !== 'ready') {
    return (
      <View {...lang} className={pageClass(elderly, `item-page ${lang.className}`)}>
        {state.status === 'loading' ? (
          <View className='detail-status'>{t('common.loading')}</View>
        ) : (
          <View className='detail-status detail-error'>
            <Text>{state.message}</Text>
            {state.missing ? (
              <Button size='small' onClick={() => Taro.redirectTo({ url: '/resident/items/index' })}>
                {t('catalogue.toList')}
              </Button>
            ) : (
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                {t('common.retry')}
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
    Taro.navigateTo({ url: `/apply/entrust/index?itemId=${encodeURIComponent(item.id)}&mode=${mode}${kind ? `&kind=${kind}` : ''}` });

  return (
    <View {...lang} className={pageClass(elderly, `item-page${actions.length ? ' item-page--with-actions' : ''} ${lang.className}`)}>
      <View className='item-detail'>
        <View className='detail-card detail-head'>
          <Text className='detail-name' {...heading(2)}>{localized(item.name, (item as Bilingual).nameMn)}</Text>
          <View className='detail-tags'>
            <Text className='detail-tag detail-tag--blue'>{t(`vocab.scope.${item.scope}`)}</Text>
            <Text className='detail-tag detail-tag--grey'>{t(`vocab.level.${item.level}`)}</Text>
            <Text className='detail-tag detail-tag--green'>{t('catalogue.free')}</Text>
          </View>
          <Text className='detail-line detail-department'>{t('catalogue.department', { name: localized(item.departmentName, (item as Bilingual).departmentNameMn) })}</Text>
          <Text className='detail-line detail-code'>{t('catalogue.code', { code: item.code })}</Text>
          {item.summary && <Text className='detail-summary'>{localized(item.summary, (item as Bilingual).summaryMn)}</Text>}
          {item.active === false && <Text className='detail-line detail-withdrawn'>{t('catalogue.withdrawn')}</Text>}
        </View>

        <View className='detail-facts'>
          <View className='detail-fact'>
            <Text className='detail-fact-value'>{item.commitmentDays}</Text>
            <Text className='detail-fact-label'>{t('catalogue.commitment', { n: item.commitmentDays })}</Text>
          </View>
          {item.statutoryDays !== undefined && (
            <View className='detail-fact'>
              <Text className='detail-fact-value'>{item.statutoryDays}</Text>
              <Text className='detail-fact-label'>{t('catalogue.statutory', { n: item.statutoryDays })}</Text>
            </View>
          )}
          <View className='detail-fact'>
            <Text className='detail-fact-value detail-free'>{t('catalogue.free')}</Text>
            <Text className='detail-fact-label'>{t('catalogue.freeAll')}</Text>
          </View>
        </View>

        <View className='detail-card'>
          <Text className='detail-section-title' {...heading(3)}>{t('catalogue.agentsCan')}</Text>
          {item.serviceKinds.map((kind) => (
            <View key={kind} className='detail-kind'>
              <Text className='detail-kind-label'>{t(`catalogue.kind.${kind}`)}</Text>
              <Text className='detail-kind-hint'>{t(`catalogue.kindHints.${kind}`)}</Text>
            </View>
          ))}
          <View className='detail-modes'>
            <Text className='detail-modes-title'>{t('catalogue.modes')}</Text>
            {item.serviceModes.map((mode) => (
              <Text key={mode} className='detail-mode'>
                {t(`catalogue.mode.${mode}`)}
              </Text>
            ))}
          </View>
        </View>

        <View className='detail-card'>
          <Text className='detail-section-title' {...heading(3)}>{t('catalogue.materials', { n: item.materials.length })}</Text>
          {item.materials.length === 0 && <Text className='detail-line'>{t('catalogue.noMaterials')}</Text>}
          {item.materials.map((material, index) => (
            <View key={material.id} className='item-material'>
              <Text className='material-index'>{index + 1}</Text>
              <View className='material-body'>
                <Text className='material-name'>{localized(material.name, (material as Bilingual).nameMn)}</Text>
                {material.note && <Text className='material-note'>{material.note}</Text>}
                <View className='material-tags'>
                  {material.required ? (
                    <Text className='detail-tag detail-tag--red'>{t('catalogue.required')}</Text>
                  ) : (
                    <Text className='detail-tag detail-tag--grey'>{t('catalogue.optional')}</Text>
                  )}
                  {material.commitmentAllowed && <Text className='detail-tag detail-tag--orange material-commitment'>{t('catalogue.commitmentAllowed')}</Text>}
                </View>
              </View>
            </View>
          ))}
          {item.materials.some((m) => m.commitmentAllowed) && (
            <Text className='detail-note'>{t('catalogue.commitmentNote')}</Text>
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
              {t(action.label)}
            </Button>
          ))}
        </View>
      )}
    </View>
  );
}
