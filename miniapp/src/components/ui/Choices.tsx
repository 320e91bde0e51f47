// Pick one (radios) or several (checkboxes) of a few choices, as tappable chips in a named group:
// service kinds and modes, problem categories, departments, outcomes, dates.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { decorative, group } from '../../lib/a11y';
import './ui.scss';
import { Pressable } from './Pressable';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second line under the label. */
  hint?: string;
  /** Said after the label, e.g. "已约满". */
  note?: ReactNode;
  disabled?: boolean;
  /** A class of its own (tests and styles address some choices by it). */
  className?: string;
}

interface Props<T extends string> {
  /** The question the group answers, announced with it. */
  label: string;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** Several may be chosen (checkboxes); otherwise one (radios). */
  multiple?: boolean;
  className?: string;
  /** Each choice's class, and the class that marks the chosen ones (`${choiceClass}--on` unless given). */
  choiceClass?: string;
  activeClass?: string;
}

export function Choices<T extends string>({ label, choices, selected, onToggle, multiple = false, className = '', choiceClass = 'choice', activeClass = `${choiceClass}--on` }: Props<T>) {
  return (
    <View className={`choices ${className}`.trim()} {...group(multiple ? 'group' : 'radiogroup', label)}>
      {choices.map((c) => {
        const on = selected.includes(c.value);
        return (
          <Pressable
            key={c.value}
            role={multiple ? 'checkbox' : 'radio'}
            checked={on}
            disabled={c.disabled}
            className={`${choiceClass}${c.className ? ` ${c.className}` : ''}${on ? ` ${activeClass}` : ''}`}
            data={{ value: c.value }}
            onPress={() => onToggle(c.value)}
          >
            {on && (
              <Text className='choice-tick' {...decorative}>
                ✓
              </Text>
            )}
            <Text className='choice-label'>{c.label}</Text>
            {c.hint && <Text className='choice-hint'>{c.hint}</Text>}
            {c.note}
          </Pressable>
        );
      })}
    </View>
  );
}
