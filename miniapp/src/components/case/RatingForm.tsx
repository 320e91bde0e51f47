// 好差评: five stars mapped to the five policy levels, a comment, and for a bad rating what went wrong
// (problem categories after GB/T 39734, a comment of at least five characters) — the same
// precondition the API applies, so the submit button says why it is not ready yet.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { MIN_REASON_CHARS, RatingProblem, charCount, decide, isBadRating, type CaseDetail } from '@app/shared';
import { useState } from 'react';
import { MAX_RATING_COMMENT, detailFacts, levelForStars } from './caseLogic';
import { Choices } from '../ui/Choices';
import { RatingStars } from './RatingStars';
import { toast } from './messages';
import type { ActOnCase } from './types';
import './case.scss';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';
import { field } from '../../lib/a11y';

export function RatingForm({ act, detail }: { act: ActOnCase; detail: CaseDetail }) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [categories, setCategories] = useState<RatingProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const level = levelForStars(stars);
  const bad = level !== undefined && isBadRating(level);

  const trimmed = comment.trim();
  const body = level ? { action: 'rate' as const, level, ...(bad && categories.length ? { categories } : {}), ...(trimmed ? { comment: trimmed } : {}) } : undefined;
  const decision = body ? decide(detail.state, 'resident', 'rate', detailFacts(detail), { version: detail.version, ...body }) : undefined;
  const notReady = !level ? t('caseView.rating.pickFirst') : decision && !decision.ok ? t(`case.refusal.${decision.refusal}`) : undefined;

  const toggle = (c: RatingProblem) => setCategories((now) => (now.includes(c) ? now.filter((x) => x !== c) : RatingProblem.values.filter((v) => v === c || now.includes(v))));

  const submit = async () => {
    if (!body || notReady) {
      toast(notReady ?? t('caseView.rating.pick'));
      return;
    }
    setBusy(true);
    try {
      const updated = await act(body);
      if (updated) toast(bad ? t('caseView.rating.badThanks', { department: detail.departmentName }) : t('caseView.rating.thanks'), bad ? 'none' : 'success');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='case-card-block rating-form'>
      <Text className='case-block-title'>{t('caseView.rating.title')}</Text>
      <View className='rating-row'>
        <RatingStars stars={stars} onChange={setStars} />
        <Text className={`rating-label${level ? '' : ' case-muted'}`}>{level ? t(`vocab.rating.${level}`) : t('caseView.rating.tapStars')}</Text>
      </View>
      {bad && (
        <View className='rating-problems'>
          <Text className='case-hint'>{t('caseView.rating.problemsHint')}</Text>
          <Choices
            label={t('caseView.rating.problems')}
            multiple
            className='rating-problem-chips'
            choiceClass='rating-problem'
            choices={RatingProblem.values.map((c) => ({ value: c, label: t(`case.problem.${c}`) }))}
            selected={categories}
            onToggle={toggle}
          />
        </View>
      )}
      <TextArea {...field(t('caseView.rating.comment'))}
        className='rating-comment'
        placeholder={bad ? t('caseView.rating.badPlaceholder', { n: MIN_REASON_CHARS }) : t('caseView.rating.placeholder')}
        value={comment}
        maxLength={MAX_RATING_COMMENT}
        showCount
        onChange={(value) => setComment(value)}
      />
      {bad && charCount(comment) > 0 && charCount(comment) < MIN_REASON_CHARS && <Text className='case-hint'>{t('caseView.rating.short', { n: MIN_REASON_CHARS - charCount(comment) })}</Text>}
      <Button className='rating-submit' type='primary' block loading={busy} disabled={busy || Boolean(notReady)} reason={notReady} onClick={() => void submit()}>
        {t('caseView.rating.submit')}
      </Button>
      {level && notReady && <Text className='action-blocked-reason rating-not-ready'>{notReady}</Text>}
    </View>
  );
}
