// Tappable choices (one or several): the form's scope, level, department, kinds and modes.
import { Text, View } from '@tarojs/components';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  options: readonly Option<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  className?: string;
}

export function ChipGroup<T extends string>({ options, selected, onToggle, className }: Props<T>) {
  return (
    <View className={`ca-chips ${className ?? ''}`.trim()}>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <View key={o.value} className={`ca-chip${on ? ' ca-chip--on' : ''}`} data-value={o.value} onClick={() => onToggle(o.value)}>
            <Text>{o.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** Options of a shared vocabulary, in its order. */
export const optionsOf = <T extends string>(vocabulary: { values: readonly T[]; labels: Record<T, string> }): Option<T>[] =>
  vocabulary.values.map((value) => ({ value, label: vocabulary.labels[value] }));
