// A row of tappable chips for picking one (or several) of a few choices: departments, outcomes,
// methods — a named radio or checkbox group (ui/Choices).
import { Choices } from '../ui/Choices';
import './agent.scss';

interface Props<T extends string> {
  /** The question the chips answer, announced with the group. */
  label: string;
  choices: readonly { value: T; label: string }[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** Several may be on (checkboxes); otherwise one (radios). */
  multiple?: boolean;
  className?: string;
}

export function ChoiceChips<T extends string>({ label, choices, selected, onToggle, multiple, className = '' }: Props<T>) {
  return <Choices label={label} multiple={multiple} className={`choice-chips ${className}`.trim()} choiceClass='choice-chip' choices={choices} selected={selected} onToggle={onToggle} />;
}
