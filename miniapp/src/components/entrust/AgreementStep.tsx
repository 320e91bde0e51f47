// Step 3 阅读协议: the agreement in full; "我已阅读并同意" opens only once it has been scrolled to the
// end, and the free-of-charge and data-consent statements are each ticked explicitly.
import Taro from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { agreementIn } from '@app/shared';
import { useEffect } from 'react';
import { region } from '../../lib/a11y';
import { Checkbox } from '../ui/Checkbox';
import { currentLanguage, t } from '../../lib/i18n';

export interface AgreementTicks {
  readToEnd: boolean;
  agree: boolean;
  freeOfCharge: boolean;
  dataConsent: boolean;
}

export const NO_TICKS: AgreementTicks = { readToEnd: false, agree: false, freeOfCharge: false, dataConsent: false };
export const agreementComplete = (t: AgreementTicks) => t.readToEnd && t.agree && t.freeOfCharge && t.dataConsent;

interface Props {
  ticks: AgreementTicks;
  /** A partial change, merged by the page into its latest ticks. */
  onChange: (patch: Partial<AgreementTicks>) => void;
}

export function AgreementStep({ ticks, onChange }: Props) {
  // The text in the reader's language; its version is the one the submission signs (§99).
  const text = agreementIn(currentLanguage());
  const readToEnd = () => onChange({ readToEnd: true });

  // On a tall screen (or in a large font the other way round) the text may fit without scrolling:
  // then there is no "end" to scroll to, and having it all in view counts as having reached it.
  useEffect(() => {
    if (ticks.readToEnd) return;
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select('.agreement-scroll')
        .boundingClientRect()
        .select('.agreement-body')
        .boundingClientRect()
        .exec((res: Array<{ height: number } | null>) => {
          const [box, body] = res;
          if (box && body && body.height > 0 && body.height <= box.height + 2) readToEnd();
        });
    }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <View className='entrust-section'>
      <Text className='agreement-title'>{text.title}</Text>
      <ScrollView className='agreement-scroll' scrollY lowerThreshold={24} onScrollToLower={readToEnd} {...region(t('entrust.agreement.fullText'))}>
        <View className='agreement-body'>
          {text.clauses.map((clause) => (
            <View key={clause} className='agreement-clause'>
              {clause}
            </View>
          ))}
          <View className='agreement-version'>{t('entrust.agreement.version', { version: text.version })}</View>
        </View>
      </ScrollView>
      {!ticks.readToEnd && <Text className='entrust-hint agreement-scroll-hint'>{t('entrust.agreement.scrollHint')}</Text>}

      <View className='agreement-ticks'>
        <Checkbox
          className='agreement-tick agreement-agree'
          disabledReason={ticks.readToEnd ? undefined : t('entrust.agreement.readFirst')}
          checked={ticks.agree}
          onChange={(agree) => onChange({ agree })}
          label={t('entrust.agreement.agree', { title: text.title })}
        />
        <Checkbox
          className='agreement-tick agreement-free'
          checked={ticks.freeOfCharge}
          onChange={(freeOfCharge) => onChange({ freeOfCharge })}
          label={text.freeOfCharge}
        />
        <Checkbox
          className='agreement-tick agreement-consent'
          checked={ticks.dataConsent}
          onChange={(dataConsent) => onChange({ dataConsent })}
          label={text.dataConsent}
        />
      </View>
    </View>
  );
}
