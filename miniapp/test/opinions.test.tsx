// 意见建议与投诉 in jsdom: what a resident sees while filling in the form, what it sends (with an
// idempotency key reused on a retry), the refusal of an 11th open opinion, and the bureau's answer.
import { act, fireEvent, getDefaultNormalizer, render, screen } from '@testing-library/react';
import { OpinionRefusal, type Opinion } from '@app/shared';
import { requestMock } from './mocks/taro';
import { AnswerForm } from '../src/components/opinions/AnswerForm';
import { OpinionCard } from '../src/components/opinions/OpinionCard';
import { OpinionForm } from '../src/components/opinions/OpinionForm';
import { opinionsMn } from '../src/i18n/opinions.mn';
import { setLanguage } from '../src/lib/i18n';

const CASES = [
  { id: '01JCASE0000000000000000001', number: 'KDL-20261120-000001', itemName: '企业设立登记' },
  { id: '01JCASE0000000000000000002', number: 'KDL-20261121-000002', itemName: '食品经营许可' },
];
const CONTENT = '窗口让我来回跑了三趟，材料清单没有一次性告知。';

const opinion = (over: Partial<Opinion> = {}): Opinion => ({
  id: '01JOPINION0000000000000001',
  kind: 'complaint',
  content: CONTENT,
  state: 'open',
  userId: 'u-resident-1',
  residentName: '张丽',
  createdAt: '2026-11-25T02:00:00.000Z',
  relatedCase: { caseId: CASES[0].id, caseNumber: CASES[0].number, itemName: CASES[0].itemName, departmentId: 'dept-scjg', departmentName: '区市场监督管理局' },
  ...over,
});

const ok = (data: unknown) => ({ statusCode: 200, data });

beforeEach(() => requestMock.mockReset());

describe('the opinion form', () => {
  test('the counter follows the typing, and a short or kind-less opinion is explained in Chinese and not sent', async () => {
    const onSent = jest.fn();
    const { container } = render(<OpinionForm cases={CASES} onSent={onSent} />);
    expect(screen.getByText('0/500')).toBeTruthy();
    fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: '  太慢了  ' } });
    expect(screen.getByText('3/500')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(screen.getByText('请选择类别')).toBeTruthy();
    expect(screen.getByText('内容至少10个字，还差7个字')).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();
    expect(onSent).not.toHaveBeenCalled();

    // Fixing a field clears its message as the person types.
    fireEvent.click(screen.getByText('建议'));
    expect(screen.queryByText('请选择类别')).toBeNull();
    fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: CONTENT } });
    expect(screen.queryByText(/内容至少/)).toBeNull();
    expect(screen.getByText(`${CONTENT.length}/500`)).toBeTruthy();
  });

  test('a wrong phone number is refused before anything is sent', async () => {
    const { container } = render(<OpinionForm cases={[]} onSent={jest.fn()} />);
    expect(screen.getByText('您还没有办件，可直接提交')).toBeTruthy();
    fireEvent.click(screen.getByText('表扬'));
    fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: '代办员全程帮办，两天就办好了营业执照。' } });
    fireEvent.change(container.querySelector('input.opinion-phone')!, { target: { value: '1390472' } });
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(screen.getByText('请输入 11 位手机号码')).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();
  });

  test('submitting sends the kind, the trimmed content, the chosen case and the phone, with one idempotency key across a retry', async () => {
    const created = opinion();
    requestMock.mockRejectedValueOnce(new Error('network down')).mockResolvedValueOnce(ok(created));
    const onSent = jest.fn();
    const { container } = render(<OpinionForm cases={CASES} onSent={onSent} />);
    fireEvent.click(screen.getByText('投诉'));
    fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: `  ${CONTENT}\n` } });
    fireEvent.click(screen.getByText(CASES[0].number));
    fireEvent.change(container.querySelector('input.opinion-phone')!, { target: { value: '13904720001' } });

    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(container.querySelector('.opinion-failure')?.textContent).toBe('系统繁忙，请稍后重试');
    expect(onSent).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });

    expect(requestMock).toHaveBeenCalledTimes(2);
    const [first, second] = requestMock.mock.calls.map(([options]) => options as { url: string; method: string; data: unknown; header: Record<string, string> });
    expect(second).toMatchObject({ url: 'http://api.test/opinions', method: 'POST' });
    expect(second.data).toEqual({ kind: 'complaint', content: CONTENT, caseId: CASES[0].id, contactPhone: '13904720001' });
    expect(second.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(first.header['Idempotency-Key']).toBe(second.header['Idempotency-Key']);
    expect(onSent).toHaveBeenCalledWith(created);
    // The form is empty again for the next opinion.
    expect((container.querySelector('textarea.opinion-content') as HTMLTextAreaElement).value).toBe('');
  });

  test('without a case or a phone, neither is sent; a new opinion gets a new key', async () => {
    requestMock.mockResolvedValue(ok(opinion({ kind: 'suggestion', relatedCase: undefined })));
    const { container } = render(<OpinionForm cases={CASES} initialCaseId={CASES[1].id} onSent={jest.fn()} />);
    const fill = async (content: string) => {
      fireEvent.click(screen.getByText('建议'));
      fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: content } });
      fireEvent.click(screen.getByText('不关联办件'));
      await act(async () => {
        fireEvent.click(screen.getByText('提交'));
      });
    };
    await fill('建议在便民服务中心增加周六上午的延时服务。');
    await fill('建议把材料清单打印出来贴在每个窗口。');
    const calls = requestMock.mock.calls.map(([o]) => o as { data: unknown; header: Record<string, string> });
    expect(calls[0].data).toEqual({ kind: 'suggestion', content: '建议在便民服务中心增加周六上午的延时服务。' });
    expect(calls[0].header['Idempotency-Key']).not.toBe(calls[1].header['Idempotency-Key']);
  });

  test('an 11th unanswered opinion is refused with the cap explained', async () => {
    requestMock.mockResolvedValueOnce({ statusCode: 409, data: { error: { code: 'conflict', message: '操作冲突，请刷新后重试', reason: 'tooManyOpenOpinions' } } });
    const { container } = render(<OpinionForm cases={[]} onSent={jest.fn()} />);
    fireEvent.click(screen.getByText('建议'));
    fireEvent.change(container.querySelector('textarea.opinion-content')!, { target: { value: '建议开通夜间咨询电话，方便上班族。' } });
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(container.querySelector('.opinion-failure')?.textContent).toBe(OpinionRefusal.labels.tooManyOpenOpinions);
  });
});

describe('an opinion and its answer', () => {
  test('an answered opinion shows the bureau’s answer, who answered and the case it is about', () => {
    render(
      <OpinionCard
        opinion={opinion({ state: 'answered', answer: { text: '已约谈窗口负责人，今后实行一次性告知。', answeredAt: '2026-11-26T01:30:00.000Z', answererName: '王主任' } })}
      />,
    );
    expect(screen.getByText('已回复')).toBeTruthy();
    expect(screen.getByText('政务服务局回复')).toBeTruthy();
    expect(screen.getByText('已约谈窗口负责人，今后实行一次性告知。')).toBeTruthy();
    expect(screen.getByText(/王主任 · 11月26日 09:30/)).toBeTruthy();
    expect(screen.getByText(/KDL-20261120-000001/)).toBeTruthy();
    expect(screen.getByText('被投诉部门：区市场监督管理局')).toBeTruthy();
    // A resident's own card does not repeat their name and phone.
    expect(screen.queryByText(/张丽/)).toBeNull();
  });

  test('an open opinion shows 待回复 and no answer yet', () => {
    render(<OpinionCard opinion={opinion({ kind: 'suggestion', relatedCase: undefined })} forBureau />);
    expect(screen.getByText('待回复')).toBeTruthy();
    expect(screen.getByText('建议')).toBeTruthy();
    expect(screen.queryByText('政务服务局回复')).toBeNull();
    expect(screen.getByText('张丽')).toBeTruthy();
  });

  test('the bureau’s answer form refuses an empty answer and sends a real one', async () => {
    const answered = opinion({ state: 'answered', answer: { text: '感谢监督，已整改。', answeredAt: '2026-11-26T01:30:00.000Z', answererName: '王主任' } });
    requestMock.mockResolvedValueOnce(ok(answered));
    const onAnswered = jest.fn();
    const { container } = render(<AnswerForm opinionId={answered.id} onAnswered={onAnswered} onStale={jest.fn()} />);
    await act(async () => {
      fireEvent.click(screen.getByText('回复'));
    });
    expect(screen.getByText('回复至少2个字')).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();

    fireEvent.change(container.querySelector('textarea.opinion-answer-input')!, { target: { value: ' 感谢监督，已整改。 ' } });
    await act(async () => {
      fireEvent.click(screen.getByText('回复'));
    });
    expect(requestMock.mock.calls[0][0]).toMatchObject({ url: `http://api.test/opinions/${answered.id}/answer`, method: 'POST', data: { text: '感谢监督，已整改。' } });
    expect(onAnswered).toHaveBeenCalledWith(answered);
  });

  test('answering an opinion someone already answered says so and asks for a reload', async () => {
    requestMock.mockResolvedValueOnce({ statusCode: 409, data: { error: { code: 'transition_refused', message: '当前状态下不能进行此操作', reason: 'alreadyAnswered' } } });
    const onStale = jest.fn();
    const { container } = render(<AnswerForm opinionId='01JOPINION0000000000000001' onAnswered={jest.fn()} onStale={onStale} />);
    fireEvent.change(container.querySelector('textarea.opinion-answer-input')!, { target: { value: '已转相关部门处理。' } });
    await act(async () => {
      fireEvent.click(screen.getByText('回复'));
    });
    expect(screen.getByText(OpinionRefusal.labels.alreadyAnswered)).toBeTruthy();
    expect(onStale).toHaveBeenCalled();
  });
});

describe('in Mongolian', () => {
  afterEach(() => setLanguage('zh'));
  // U+202F joins case suffixes: the default matcher would read it as a plain space.
  const exactly = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

  test('a resident who chose ᠮᠣᠩᠭᠣᠯ reads her form and her opinion in Mongolian, the case data as entered', async () => {
    setLanguage('mn');
    render(<OpinionForm cases={CASES} onSent={() => undefined} />);
    await act(async () => {
      fireEvent.click(screen.getByText(opinionsMn.opinions.form.submit, exactly));
    });
    expect(screen.getByText(opinionsMn.opinions.errors.kind, exactly)).toBeTruthy();
    expect(screen.getByText(opinionsMn.opinions.errors.tooShort.replace('{{min}}', '10').replace('{{n}}', '10'), exactly)).toBeTruthy();
    render(<OpinionCard opinion={opinion()} />);
    expect(screen.getByText(opinionsMn.opinions.states.open, exactly)).toBeTruthy();
    expect(screen.getByText(opinionsMn.opinions.card.department.replace('{{name}}', '区市场监督管理局'), exactly)).toBeTruthy();
  });

  test('the bureau reads the same opinion in Chinese, whatever the device language (its pages are Chinese-only)', () => {
    setLanguage('mn');
    render(<OpinionCard opinion={opinion()} forBureau />);
    expect(screen.getByText('待回复')).toBeTruthy();
    expect(screen.getByText('投诉')).toBeTruthy();
    expect(screen.getByText('被投诉部门：区市场监督管理局')).toBeTruthy();
  });
});
