// Anything tappable that is not a NutUI button: a View with a role, a name and a state (lib/a11y),
// at least 44 × 44 CSS px (60 × 60 in 长辈模式) through the shared `tap` class.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { control, type ControlRole, type ControlState } from '../../lib/a11y';

interface Props extends ControlState {
  role?: ControlRole;
  /** The accessible name, when the visible text does not say it all (e.g. an icon, a count). */
  label?: string;
  onPress?: () => void;
  className?: string;
  hoverClass?: string;
  children?: ReactNode;
  /** data-* attributes the tests and pages read. */
  data?: Record<string, string | number>;
}

export function Pressable({ role = 'button', label, onPress, className = '', hoverClass, children, data, checked, selected, disabled, current, expanded }: Props) {
  const dataset = data ? Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v])) : {};
  return (
    <View
      className={`tap ${className}`.trim()}
      hoverClass={hoverClass}
      {...dataset}
      {...control(role, label, { checked, selected, disabled, current, expanded })}
      onClick={disabled ? undefined : onPress}
    >
      {children}
    </View>
  );
}
