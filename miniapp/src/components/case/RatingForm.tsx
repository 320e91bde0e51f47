// 好差评: five stars mapped to the five policy levels, a comment, and for a bad rating what went wrong
// (problem categories after GB/T 39734, a comment of at least five characters) — the same
// precondition the API applies, so the submit button says why it is not ready yet.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { MIN_REASON_CHARS, RatingProblem, Refusal, charCount, decide, isBadRating, type CaseDetail } from '@app/shared';
import { useState } from 'react';
import { ratingLabel } from '../../lib/format';
import { MAX_RATING_COMMENT, detailFacts, levelForStars } from './caseLogic';
import { Choices } from '../ui/Choices';
import { RatingStars } from './RatingStars';
import { toast } from './messages';
import type { ActOnCase } from './types';
import './case.scss';
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
  const notReady = !level ? '请先点击星星选择评价等级' : decision && !decision.ok ? Refusal.labels[decision.refusal] : undefined;

  const toggle = (c: RatingProblem) => setCategories((now) => (now.includes(c) ? now.filter((x) => x !== c) : RatingProblem.values.filter((v) => v === c || now.includes(v))));

  const submit = async () => {
    if (!body || notReady) {
      toast(notReady ?? '请先选择评价等级');
      return;
    }
    setBusy(true);
    try {
      const updated = await act(body);
      if (updated) toast(bad ? `已收到您的评价，已转${detail.departmentName}整改` : '感谢您的评价', bad ? 'none' : 'success');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='case-card-block rating-form'>
      <Text className='case-block-title'>请对本次代办帮办服务评价</Text>
      <View className='rating-row'>
        <RatingStars stars={stars} onChange={setStars} />
        <Text className={`rating-label${level ? '' : ' case-muted'}`}>{level ? ratingLabel(level) : '点击星星评价'}</Text>
      </View>
      {bad && (
        <View className='rating-problems'>
          <Text className='case-hint'>请选择遇到的问题（可多选），并写明具体情况，政务服务局将督促整改并回访。</Text>
          <Choices
            label='问题类型'
            multiple
            className='rating-problem-chips'
            choiceClass='rating-problem'
            choices={RatingProblem.values.map((c) => ({ value: c, label: RatingProblem.labels[c] }))}
            selected={categories}
            onToggle={toggle}
          />
        </View>
      )}
      <TextArea {...field('评价内容')}
        className='rating-comment'
        placeholder={bad ? `请写明具体问题（至少 ${MIN_REASON_CHARS} 个字）` : '说说您的感受（选填）'}
        value={comment}
        maxLength={MAX_RATING_COMMENT}
        showCount
        onChange={(value) => setComment(value)}
      />
      {bad && charCount(comment) > 0 && charCount(comment) < MIN_REASON_CHARS && <Text className='case-hint'>还差 {MIN_REASON_CHARS - charCount(comment)} 个字</Text>}
      <Button className='rating-submit' type='primary' block loading={busy} disabled={busy || Boolean(notReady)} reason={notReady} onClick={() => void submit()}>
        提交评价
      </Button>
      {level && notReady && <Text className='action-blocked-reason rating-not-ready'>{notReady}</Text>}
    </View>
  );
}
