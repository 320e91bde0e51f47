// Tappable choices (one or several) in the bureau's and agents' editors: the form's scope, level,
// department, kinds and modes, a day's kind, weekdays. A named radio or checkbox group (ui/Choices).
import { Choices } from '../ui/Choices';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  /** The question the chips answer, announced with the group. */
  label: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** Several may be on (checkboxes); otherwise one (radios). */
  multiple?: boolean;
  className?: string;
}

export function ChipGroup<T extends string>({ label, options, selected, onToggle, multiple, className }: Props<T>) {
  return <Choices label={label} multiple={multiple} className={`ca-chips ${className ?? ''}`.trim()} choiceClass='ca-chip' choices={options} selected={selected} onToggle={onToggle} />;
}

/** Options of a shared vocabulary, in its order. */
export const optionsOf = <T extends string>(vocabulary: { values: readonly T[]; labels: Record<T, string> }): Option<T>[] =>
  vocabulary.values.map((value) => ({ value, label: vocabulary.labels[value] }));
