// 委托代办帮办: a resident entrusts a service item in steps — service, contact, agreement, signature,
// submit — and sees the new case. Opened as apply/entrust/index?itemId=…&mode=…[&pointId=…].
import '../../api/allRoutes';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import type { CaseDetail, ServiceItem, ServicePoint } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { currentUser, requireUser } from '../../lib/session';
import type { LocalFile } from '../../lib/upload';
import { AgreementStep, agreementComplete, NO_TICKS, type AgreementTicks } from '../../components/entrust/AgreementStep';
import { ContactStep } from '../../components/entrust/ContactStep';
import { EMPTY_CONTACT, toApplicant, type ContactDraft, type ContactErrors } from '../../components/entrust/contactForm';
import { DoneStep } from '../../components/entrust/DoneStep';
import { ensurePrivacyAuthorized } from '../../components/entrust/privacy';
import { initialKind, initialMode, onSiteRequest, validateService, type ServiceDraft, type ServiceErrors } from '../../components/entrust/serviceChoice';
import { ServiceStep } from '../../components/entrust/ServiceStep';
import { SignatureStep } from '../../components/entrust/SignatureStep';
import { StepBar } from '../../components/entrust/StepBar';
import { continueSubmission, failureMessage, newSubmission, type Submission } from '../../components/entrust/submission';
import { SubmitStep, type SubmitStatus } from '../../components/entrust/SubmitStep';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/catalogue';
import '../../i18n/case';
import '../../i18n/entrust';
import './index.scss';

const STEP_KEYS = ['service', 'contact', 'agreement', 'signature', 'submit', 'done'] as const;
const StepIndex = { Service: 0, Contact: 1, Agreement: 2, Signature: 3, Submit: 4, Done: 5 } as const;

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; item: ServiceItem; point?: ServicePoint };

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });

export default function EntrustPage() {
  const { params } = useRouter();
  const itemId = params.itemId ? decodeURIComponent(params.itemId) : '';
  const pointId = params.pointId ? decodeURIComponent(params.pointId) : undefined;
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const lang = { className: languageClass(language), ...languageProps(language) };

  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [step, setStep] = useState<number>(StepIndex.Service);
  const [service, setService] = useState<ServiceDraft>({ onSite: { address: '', preferredDate: '', preferredPeriod: '' } });
  const [serviceErrors, setServiceErrors] = useState<ServiceErrors>({});
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);
  const [contactErrors, setContactErrors] = useState<ContactErrors>({});
  const [ticks, setTicks] = useState<AgreementTicks>(NO_TICKS);
  const [signature, setSignature] = useState<LocalFile>();
  const [status, setStatus] = useState<SubmitStatus>({ phase: 'idle' });
  const [done, setDone] = useState<CaseDetail>();
  // One submission (and so one idempotency key) per entrustment, kept across retries.
  const submission = useRef<Submission>();

  // Signing in opens the login page on top; this page keeps everything typed so far.
  useEffect(() => {
    void requireUser().then(async (user) => {
      if (user?.role !== 'resident') return;
      setContact((c) => (c.name ? c : { ...c, name: user.name }));
      // Their own phone, when WeChat has vouched for it before: one less thing to type.
      const phone = await call('me')
        .then((me) => me.phone)
        .catch(() => undefined);
      if (phone) setContact((c) => (c.phone ? c : { ...c, phone }));
    });
  }, []);

  useEffect(() => {
    if (!itemId) {
      setLoaded({ status: 'error', message: t('entrust.noItem') });
      return;
    }
    let live = true;
    setLoaded({ status: 'loading' });
    Promise.all([call('getServiceItem', { params: { id: itemId } }), pointId ? call('getServicePoint', { params: { id: pointId } }) : undefined])
      .then(([item, pointDetail]) => {
        if (!live) return;
        setLoaded({ status: 'ready', item, point: pointDetail?.point });
        setService((s) => ({ ...s, kind: s.kind ?? initialKind(item, params.kind), mode: s.mode ?? initialMode(item, params.mode) }));
      })
      .catch((error: unknown) => live && setLoaded({ status: 'error', message: failureMessage(error) }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, pointId, attempt]);

  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  }, [step]);

  if (loaded.status !== 'ready') {
    return (
      <View {...lang} className={pageClass(elderly, `entrust ${lang.className}`)}>
        {loaded.status === 'loading' ? (
          <View className='entrust-status'>{t('common.loading')}</View>
        ) : (
          <View className='entrust-status entrust-load-error'>
            <Text>{loaded.message}</Text>
            {itemId && (
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                {t('common.retry')}
              </Button>
            )}
          </View>
        )}
      </View>
    );
  }
  const { item, point } = loaded;

  const next = async () => {
    if (step === StepIndex.Service) {
      const errors = validateService(service, item);
      setServiceErrors(errors);
      if (Object.keys(errors).length > 0) return;
      // WeChat asks for privacy consent before the page collects personal data.
      if (!(await ensurePrivacyAuthorized())) {
        toast(t('entrust.needPrivacy'));
        return;
      }
      setStep(StepIndex.Contact);
    } else if (step === StepIndex.Contact) {
      const result = toApplicant(contact);
      if (!result.ok) {
        setContactErrors(result.errors);
        return;
      }
      setContactErrors({});
      setStep(StepIndex.Agreement);
    } else if (step === StepIndex.Agreement) {
      if (!ticks.readToEnd) return toast(t('entrust.readFirst'));
      if (!agreementComplete(ticks)) return toast(t('entrust.tickAll'));
      setStep(StepIndex.Signature);
    } else if (step === StepIndex.Signature) {
      if (!signature) return toast(t('entrust.signFirst'));
      setStep(StepIndex.Submit);
    }
  };

  const back = () => {
    if (step > StepIndex.Service && step < StepIndex.Done && !submission.current) setStep(step - 1);
  };

  const submit = async () => {
    if (status.phase === 'running') return;
    const applicant = toApplicant(contact);
    const onSite = onSiteRequest(service);
    if (!applicant.ok || !service.kind || !service.mode || !signature) {
      toast(t('entrust.checkForm'));
      return;
    }
    if (!currentUser() && !(await requireUser())) return;
    submission.current ??= newSubmission();
    setStatus({ phase: 'running', stage: 'create', uploadPercent: 0 });
    try {
      const signed = await continueSubmission(
        submission.current,
        {
          body: {
            kind: 'entrustment',
            itemId: item.id,
            serviceKind: service.kind,
            serviceMode: service.mode,
            channel: 'miniProgram',
            ...(point ? { servicePointId: point.id } : {}),
            applicant: applicant.applicant,
            ...(onSite ? { onSite } : {}),
            ...(applicant.note ? { note: applicant.note } : {}),
          },
          signature,
          signerName: applicant.applicant.name,
        },
        {
          onStage: (stage) => setStatus({ phase: 'running', stage, uploadPercent: 0 }),
          onUploadProgress: (uploadPercent) => setStatus((s) => (s.phase === 'running' ? { ...s, uploadPercent } : s)),
          save: (saved) => {
            submission.current = saved;
          },
        },
      );
      setDone(signed);
      setStatus({ phase: 'idle' });
      setStep(StepIndex.Done);
    } catch (error) {
      setStatus((s) => ({ phase: 'failed', stage: s.phase === 'idle' ? 'create' : s.stage, message: failureMessage(error) }));
    }
  };

  const started = Boolean(submission.current);
  return (
    <View {...lang} className={pageClass(elderly, `entrust ${lang.className}`)}>
      <StepBar titles={STEP_KEYS.map((key) => t(`entrust.steps.${key}`))} current={step} />

      {step === StepIndex.Service && (
        <ServiceStep
          item={item}
          point={point}
          draft={service}
          errors={serviceErrors}
          onChange={(draft) => {
            setService(draft);
            if (Object.keys(serviceErrors).length > 0) setServiceErrors(validateService(draft, item));
          }}
        />
      )}
      {step === StepIndex.Contact && (
        <ContactStep
          draft={contact}
          errors={contactErrors}
          onChange={(draft, field) => {
            setContact(draft);
            if (contactErrors[field]) setContactErrors((e) => ({ ...e, [field]: undefined }));
          }}
          onFieldChecked={(field, message) => setContactErrors((e) => ({ ...e, [field]: message }))}
        />
      )}
      {step === StepIndex.Agreement && <AgreementStep ticks={ticks} onChange={(patch) => setTicks((t) => ({ ...t, ...patch }))} />}
      {step === StepIndex.Signature && (
        <SignatureStep
          signerName={contact.name.trim()}
          signature={signature}
          onSigned={(file) => {
            setSignature(file);
            setStep(StepIndex.Submit);
          }}
          onCleared={() => setSignature(undefined)}
        />
      )}
      {step === StepIndex.Submit && (
        <SubmitStep item={item} point={point} service={service} contact={contact} signature={signature} status={status} onSubmit={submit} />
      )}
      {step === StepIndex.Done && done && <DoneStep detail={done} pointId={pointId} />}

      {step < StepIndex.Submit && (step !== StepIndex.Signature || signature) && (
        <View className='entrust-actions'>
          {step > StepIndex.Service && (
            <Button className='entrust-prev' fill='outline' onClick={back}>
              {t('entrust.prev')}
            </Button>
          )}
          <Button
            className='entrust-next'
            type='primary'
            disabled={step === StepIndex.Agreement && !agreementComplete(ticks)}
            reason={t('entrust.tickReason')}
            onClick={() => void next()}
          >
            {t('entrust.next')}
          </Button>
        </View>
      )}
      {step === StepIndex.Signature && !signature && (
        <View className='entrust-actions'>
          <Button className='entrust-prev' fill='outline' onClick={back}>
            {t('entrust.prev')}
          </Button>
        </View>
      )}
      {step === StepIndex.Submit && !started && (
        <View className='entrust-actions'>
          <Button className='entrust-prev' fill='outline' onClick={back}>
            {t('entrust.backToEdit')}
          </Button>
        </View>
      )}
    </View>
  );
}
