// What the bureau's Mongolian fields share: the hint, the check as one types, and the font class.
import { mongolianProblem } from '@app/shared';

export const MONGOLIAN_INPUT_HINT = '用传统蒙古文填写（蒙古文输入法）。留空则蒙古文界面显示中文。译文请由蒙古语文工作部门审定。';

/** The errors after a Mongolian field changed: the reason when Chinese is typed in, else none for it. */
export function mongolianChange<E extends Record<string, string>>(errors: E, key: string, value: string): E {
  const problem = mongolianProblem(value);
  const next = { ...errors } as Record<string, string>;
  if (problem) next[key] = problem;
  else delete next[key];
  return next as E;
}
