// The resident's forms in jsdom with Testing Library: what a person sees when a field is wrong,
// and what the rating form sends.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ContactStep } from '../src/components/entrust/ContactStep';
import { EMPTY_CONTACT, type ContactDraft, type ContactErrors, type ContactField } from '../src/components/entrust/contactForm';
import { RatingForm } from '../src/components/case/RatingForm';

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
  test('one star reads 非常不满意, warns of rectification, and sends the level with the comment', async () => {
    const rate = jest.fn(async () => undefined);
    const { container } = render(<RatingForm act={rate} departmentName='区市场监督管理局' />);
    const submit = container.querySelector('button.rating-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('1星'));
    expect(screen.getByText('非常不满意')).toBeTruthy();
    expect(screen.getByText(/整改/)).toBeTruthy();
    fireEvent.change(container.querySelector('textarea.rating-comment')!, { target: { value: ' 等了太久 ' } });
    await act(async () => {
      fireEvent.click(submit);
    });
    expect(rate).toHaveBeenCalledWith({ action: 'rate', level: 'veryDissatisfied', comment: '等了太久' });
  });

  test('five stars read 非常满意 with no rectification note', () => {
    render(<RatingForm act={jest.fn()} departmentName='区发改委' />);
    fireEvent.click(screen.getByLabelText('5星'));
    expect(screen.getByText('非常满意')).toBeTruthy();
    expect(screen.queryByText(/整改/)).toBeNull();
  });
});
