// 好差评: five stars mapped to the five policy levels, a comment, and the rectification note after a bad one.
import { Text, View } from '@tarojs/components';
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro';
import { isBadRating } from '@app/shared';
import { useState } from 'react';
import { ratingLabel } from '../../lib/format';
import { MAX_RATING_COMMENT, levelForStars } from './caseLogic';
import { toast } from './messages';
import type { ActOnCase } from './types';
import './case.scss';

export function RatingForm({ act, departmentName }: { act: ActOnCase; departmentName: string }) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const level = levelForStars(stars);

  const submit = async () => {
    if (!level) {
      toast('请先选择评价等级');
      return;
    }
    setBusy(true);
    try {
      const trimmed = comment.trim();
      const updated = await act({ action: 'rate', level, ...(trimmed ? { comment: trimmed } : {}) });
      if (updated) toast(isBadRating(level) ? `已收到您的评价，已转${departmentName}整改` : '感谢您的评价', isBadRating(level) ? 'none' : 'success');
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
      {level && isBadRating(level) && <Text className='case-hint'>不满意的评价将转政务服务局督促整改，请写明问题，便于改进。</Text>}
      <TextArea
        className='rating-comment'
        placeholder='说说您的感受（选填）'
        value={comment}
        maxLength={MAX_RATING_COMMENT}
        showCount
        onChange={(value) => setComment(value)}
      />
      <Button className='rating-submit' type='primary' block loading={busy} disabled={busy || !level} onClick={() => void submit()}>
        提交评价
      </Button>
    </View>
  );
}
