// The shared accessibility layer as a person with a screen reader or a keyboard meets it: controls
// announced with their role, name and state, worked with Enter and Space, the rating as five named
// levels, the agreement's ticks; and the same controls as WeChat's aria-role in the weapp.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { Choices } from '../src/components/ui/Choices';
import { Pressable } from '../src/components/ui/Pressable';
import { Switch } from '../src/components/ui/Switch';
import { Checkbox } from '../src/components/ui/Checkbox';
import { RatingStars } from '../src/components/case/RatingStars';
import { unownedText } from '../src/components/case/CaseHeader';

describe('a control in the H5 build', () => {
  test('is in the Tab order and Enter or Space does what a tap does; keys typed into a field inside it stay the field’s', () => {
    const pressed = jest.fn();
    render(
      <Pressable label='复制办件编号' onPress={pressed}>
        <input aria-label='备注' />
      </Pressable>,
    );
    const button = screen.getByRole('button', { name: '复制办件编号' });
    expect(button.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    expect(pressed).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(screen.getByRole('textbox', { name: '备注' }), { key: 'Enter' });
    fireEvent.keyDown(button, { key: 'a' });
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  test('that cannot be pressed says so and does nothing, but stays reachable', () => {
    const pressed = jest.fn();
    render(<Pressable label='加载更多' disabled onPress={pressed} />);
    const button = screen.getByRole('button', { name: '加载更多' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(pressed).not.toHaveBeenCalled();
  });
});

test('长辈模式’s switch is a switch named by its label, with its state, and a tap on the label turns it', () => {
  function Harness() {
    const [on, setOn] = useState(false);
    return <Switch title='长辈模式' hint='字更大，入口更少' on={on} onChange={setOn} />;
  }
  render(<Harness />);
  const toggle = screen.getByRole('switch', { name: '长辈模式，字更大，入口更少' });
  expect(toggle.getAttribute('aria-checked')).toBe('false');
  fireEvent.click(screen.getByText('长辈模式'));
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  fireEvent.keyDown(toggle, { key: ' ' });
  expect(toggle.getAttribute('aria-checked')).toBe('false');
});

test('the rating is a radio group of the five Chinese levels, filled stars for the chosen level and outlined for the rest', () => {
  function Harness() {
    const [stars, setStars] = useState(0);
    return <RatingStars stars={stars} onChange={setStars} />;
  }
  render(<Harness />);
  const group = screen.getByRole('radiogroup', { name: '服务评价' });
  const levels = within(group).getAllByRole('radio').map((r) => r.getAttribute('aria-label'));
  expect(levels).toEqual(['1星，非常不满意', '2星，不满意', '3星，基本满意', '4星，满意', '5星，非常满意']);
  fireEvent.keyDown(screen.getByRole('radio', { name: '4星，满意' }), { key: 'Enter' });
  expect(screen.getByRole('radio', { name: '4星，满意', checked: true })).toBeTruthy();
  expect(within(group).getAllByRole('radio').map((r) => r.textContent).join('')).toBe('★★★★☆');
});

test('choices are a named radio group (or checkboxes when several may be chosen), and a chosen one is ticked, not only coloured', () => {
  function Harness({ multiple }: { multiple?: boolean }) {
    const [picked, setPicked] = useState<string[]>([]);
    return (
      <Choices
        label={multiple ? '问题类型' : '服务类型'}
        multiple={multiple}
        choices={[
          { value: 'a', label: '代办' },
          { value: 'b', label: '帮办' },
        ]}
        selected={picked}
        onToggle={(v) => setPicked((now) => (multiple ? (now.includes(v) ? now.filter((x) => x !== v) : [...now, v]) : [v]))}
      />
    );
  }
  render(
    <>
      <Harness />
      <Harness multiple />
    </>,
  );
  const kinds = screen.getByRole('radiogroup', { name: '服务类型' });
  fireEvent.click(within(kinds).getByRole('radio', { name: '帮办' }));
  expect(within(kinds).getByRole('radio', { name: '帮办' }).getAttribute('aria-checked')).toBe('true');
  expect(within(kinds).getByRole('radio', { name: '帮办' }).textContent).toBe('✓帮办');
  const problems = screen.getByRole('group', { name: '问题类型' });
  fireEvent.click(within(problems).getByRole('checkbox', { name: '代办' }));
  fireEvent.click(within(problems).getByRole('checkbox', { name: '帮办' }));
  expect(within(problems).getAllByRole('checkbox', { checked: true })).toHaveLength(2);
});

test('an agreement tick that has to wait says why with its name', () => {
  render(<Checkbox label='我已阅读并同意' checked={false} onChange={jest.fn()} disabledReason='请先读完协议' />);
  const tick = screen.getByRole('checkbox', { name: '我已阅读并同意（请先读完协议）' });
  expect(tick.getAttribute('aria-disabled')).toBe('true');
});

test('a case nobody accepted reads 待受理 only while it is open — never beside 已归档 or 已撤回', () => {
  expect(unownedText({ state: 'entrusted', assignee: { agentId: 'a', name: '白雪' } } as never)).toBe('已分派给白雪，待受理');
  expect(unownedText({ state: 'archived', assignee: { agentId: 'a', name: '白雪' } } as never)).toBe('未经代办帮办员受理');
  expect(unownedText({ state: 'withdrawn' } as never)).toBe('未经代办帮办员受理');
});

test('in the weapp the same control speaks WeChat’s attributes (aria-role), with no H5 keyboard props', () => {
  const previous = process.env.TARO_ENV;
  process.env.TARO_ENV = 'weapp';
  try {
    jest.isolateModules(() => {
      const { control, field } = require('../src/lib/a11y') as typeof import('../src/lib/a11y');
      expect(control('switch', '长辈模式', { checked: true })).toEqual({ 'aria-role': 'switch', 'aria-label': '长辈模式', 'aria-checked': 'true' });
      expect(field('手机号码', true)).toEqual({ 'aria-label': '手机号码', 'aria-required': 'true' });
    });
  } finally {
    process.env.TARO_ENV = previous;
  }
});
