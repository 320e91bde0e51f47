// The resident's forms in jsdom with Testing Library: what a person sees when a field is wrong,
// and what the rating form sends.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ContactStep } from '../src/components/entrust/ContactStep';
import { EMPTY_CONTACT, type ContactDraft, type ContactErrors, type ContactField } from '../src/components/entrust/contactForm';
import { RatingForm } from '../src/components/case/RatingForm';
import type { CaseDetail } from '@app/shared';

function ContactHarness({ initial }: { initial?: Partial<ContactDraft> }) {
  const [draft, setDraft] = useState<ContactDraft>({ ...EMPTY_CONTACT, ...initial });
  const [errors, setErrors] = useState<ContactErrors>({});
  return (
    <ContactStep
      draft={draft}
      errors={errors}
      onChange={(next) => setDraft(next)}
      onFieldChecked={(field: ContactField, message) => setErrors((e) => ({ ...e, [field]: message }))}
    />
  );
}

describe('the contact step of the entrustment', () => {
  test('a short phone number is explained in Chinese when the field is left', () => {
    const { container } = render(<ContactHarness />);
    const phone = container.querySelector('input.entrust-phone') as HTMLInputElement;
    fireEvent.change(phone, { target: { value: '1390472' } });
    fireEvent.blur(phone, { target: { value: '1390472' } });
    expect(container.querySelector('.entrust-error')?.textContent).toMatch(/手机号/);
  });

  test('a valid phone number is masked on screen once entered, and can be changed again', () => {
    const { container } = render(<ContactHarness />);
    const phone = container.querySelector('input.entrust-phone') as HTMLInputElement;
    fireEvent.change(phone, { target: { value: '13904720001' } });
    fireEvent.blur(phone, { target: { value: '13904720001' } });
    expect(screen.getByText('139****0001')).toBeTruthy();
    expect(container.querySelector('input.entrust-phone')).toBeNull();
    fireEvent.click(screen.getByText('修改'));
    expect(container.querySelector('input.entrust-phone')).not.toBeNull();
  });

  test('a malformed 统一社会信用代码 is refused with its own message', () => {
    const { container } = render(<ContactHarness />);
    const inputs = container.querySelectorAll('input');
    const credit = Array.from(inputs).find((i) => i.className.includes('credit')) as HTMLInputElement;
    expect(credit).toBeDefined();
    fireEvent.change(credit, { target: { value: '12345' } });
    fireEvent.blur(credit, { target: { value: '12345' } });
    expect(container.querySelector('.entrust-error')?.textContent).toMatch(/信用代码/);
  });
});

describe('the 好差评 form', () => {
  /** A case with its result fed back, as the API answers it to the applicant. */
  const detail = {
    id: '01JCASE0000000000000000000',
    state: 'resultFedBack',
    version: 7,
    departmentName: '区市场监督管理局',
    subTasks: [],
    materialSpecs: [],
    materials: [],
  } as unknown as CaseDetail;

  test('one star reads 非常不满意 and asks what went wrong: a category and five characters first, then it sends them', async () => {
    const rate = jest.fn(async () => undefined);
    const { container } = render(<RatingForm act={rate} detail={detail} />);
    const submit = container.querySelector('button.rating-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '1星，非常不满意' }));
    expect(screen.getByText('非常不满意')).toBeTruthy();
    expect(screen.getByText(/整改/)).toBeTruthy();
    // Every category of GB/T 39734's bad-rating content is offered.
    for (const label of ['服务态度', '办事效率', '办事流程', '政策解读', '平台操作', '其他']) expect(screen.getByRole('checkbox', { name: label })).toBeTruthy();
    expect(submit.disabled).toBe(true);
    expect(container.querySelector('.rating-not-ready')?.textContent).toBe('不满意的评价请至少选择一项问题类型');

    fireEvent.click(screen.getByRole('checkbox', { name: '办事效率' }));
    expect(screen.getByRole('checkbox', { name: '办事效率' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.change(container.querySelector('textarea.rating-comment')!, { target: { value: ' 等了太久 ' } });
    expect(container.querySelector('.rating-not-ready')?.textContent).toMatch(/至少 5 个字/);
    expect(submit.disabled).toBe(true);

    fireEvent.change(container.querySelector('textarea.rating-comment')!, { target: { value: ' 等了太久，没人告知进度 ' } });
    expect(submit.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(submit);
    });
    expect(rate).toHaveBeenCalledWith({ action: 'rate', level: 'veryDissatisfied', categories: ['efficiency'], comment: '等了太久，没人告知进度' });
  });

  test('five stars read 非常满意 with no rectification note and no categories', () => {
    const { container } = render(<RatingForm act={jest.fn()} detail={detail} />);
    fireEvent.click(screen.getByRole('radio', { name: '5星，非常满意' }));
    expect(screen.getByText('非常满意')).toBeTruthy();
    expect(screen.queryByText(/整改/)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: '办事效率' })).toBeNull();
    expect((container.querySelector('button.rating-submit') as HTMLButtonElement).disabled).toBe(false);
  });
});
