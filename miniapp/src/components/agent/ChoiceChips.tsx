// A row of tappable chips for picking one (or several) of a few choices: departments, outcomes, methods.
import { Text, View } from '@tarojs/components';
import './agent.scss';

interface Props<T extends string> {
  choices: readonly { value: T; label: string }[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  className?: string;
}

export function ChoiceChips<T extends string>({ choices, selected, onToggle, className = '' }: Props<T>) {
  return (
    <View className={`choice-chips ${className}`.trim()}>
      {choices.map((c) => (
        <View
          key={c.value}
          className={`choice-chip${selected.includes(c.value) ? ' choice-chip--on' : ''}`}
          data-value={c.value}
          onClick={() => onToggle(c.value)}
        >
          <Text>{c.label}</Text>
        </View>
      ))}
    </View>
  );
}
