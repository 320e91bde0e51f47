// 好差评: five stars mapped to the five policy levels, a comment, and for a bad rating what went wrong
// (problem categories after GB/T 39734, a comment of at least five characters) — the same
// precondition the API applies, so the submit button says why it is not ready yet.
import { Text, View } from '@tarojs/components';
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro';
import { MIN_REASON_CHARS, RatingProblem, Refusal, charCount, decide, isBadRating, type CaseDetail } from '@app/shared';
import { useState } from 'react';
import { ratingLabel } from '../../lib/format';
import { MAX_RATING_COMMENT, detailFacts, levelForStars } from './caseLogic';
import { toast } from './messages';
import type { ActOnCase } from './types';
import './case.scss';

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
        <Rate
          className='rating-stars'
          count={5}
          value={stars}
          onChange={(value) => setStars(value)}
          checkedIcon={<Text className='rating-star rating-star--on'>★</Text>}
          uncheckedIcon={<Text className='rating-star'>★</Text>}
        />
        <Text className={`rating-label${level ? '' : ' case-muted'}`}>{level ? ratingLabel(level) : '点击星星评价'}</Text>
      </View>
      {bad && (
        <View className='rating-problems'>
          <Text className='case-hint'>请选择遇到的问题（可多选），并写明具体情况，政务服务局将督促整改并回访。</Text>
          <View className='rating-problem-chips' role='group' aria-label='问题类型'>
            {RatingProblem.values.map((c) => (
              <View
                key={c}
                className={`rating-problem${categories.includes(c) ? ' rating-problem--on' : ''}`}
                data-value={c}
                role='checkbox'
                aria-checked={categories.includes(c)}
                aria-label={RatingProblem.labels[c]}
                onClick={() => toggle(c)}
              >
                <Text>{RatingProblem.labels[c]}</Text>
              </View>
            ))}
          </View>
        </View>
      )}
      <TextArea
        className='rating-comment'
        placeholder={bad ? `请写明具体问题（至少 ${MIN_REASON_CHARS} 个字）` : '说说您的感受（选填）'}
        value={comment}
        maxLength={MAX_RATING_COMMENT}
        showCount
        onChange={(value) => setComment(value)}
      />
      {bad && charCount(comment) > 0 && charCount(comment) < MIN_REASON_CHARS && <Text className='case-hint'>还差 {MIN_REASON_CHARS - charCount(comment)} 个字</Text>}
      <Button className='rating-submit' type='primary' block loading={busy} disabled={busy || Boolean(notReady)} onClick={() => void submit()}>
        提交评价
      </Button>
      {level && notReady && <Text className='action-blocked-reason rating-not-ready'>{notReady}</Text>}
    </View>
  );
}
