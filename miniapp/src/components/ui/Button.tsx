// NutUI's button, announced and reached as a button: in H5 its <taro-button-core> is no native
// button, so it gets the role, Tab and Enter/Space from lib/a11y; a name when it has no text; and
// `aria-disabled` while it cannot be pressed (it stays focusable, so its reason can be heard).
import { Button as NutButton } from '@nutui/nutui-react-taro';
import type { ComponentProps } from 'react';
import { control } from '../../lib/a11y';

type Props = Partial<ComponentProps<typeof NutButton>> & {
  'aria-label'?: string;
  /** Why it cannot be pressed now, said with its name (the same sentence the page shows under it). */
  reason?: string;
};

export function Button({ 'aria-label': label, reason, ...props }: Props) {
  const disabled = Boolean(props.disabled || props.loading);
  const text = typeof props.children === 'string' ? props.children : undefined;
  const name = disabled && reason ? `${label ?? text ?? ''}，${reason}` : label;
  return <NutButton {...props} {...control('button', name, { disabled })} />;
}
