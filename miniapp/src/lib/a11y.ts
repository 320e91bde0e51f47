// Accessible controls, written once for both platforms: a role, a name and a state that a screen
// reader announces — ARIA in the H5 build, WeChat's `aria-role`/`aria-*` (base library ≥ 2.7.1)
// in the weapp — and, in H5, a place in the Tab order with Enter and Space doing what a tap does.

/** The roles our controls take. */
export type ControlRole = 'button' | 'link' | 'switch' | 'checkbox' | 'radio' | 'tab';

export interface ControlState {
  /** switch, checkbox, radio */
  checked?: boolean;
  /** tab */
  selected?: boolean;
  /** Still announced and reachable, so its reason can be heard; taps do nothing. */
  disabled?: boolean;
  /** The page or day a link or tab stands for. */
  current?: boolean;
  /** A button that shows or hides a part of the page. */
  expanded?: boolean;
}

/** Props spread onto a Taro View/Text or a NutUI component. Taro's typings do not declare ARIA. */
export type A11yProps = Record<string, unknown>;

/** Standard ARIA everywhere but the weapp (the H5 build, and the component tests in jsdom). */
const H5 = process.env.TARO_ENV !== 'weapp';

/** Enter and Space work a focused control as a tap does (a click on the element itself). */
function pressWithKeys(event: { key?: string; target?: unknown; currentTarget?: unknown; preventDefault?: () => void }): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  // A key typed into a field inside a control stays the field's.
  if (event.target !== event.currentTarget) return;
  event.preventDefault?.();
  (event.currentTarget as { click?: () => void } | null)?.click?.();
}

/** A role, name and state as both platforms announce them. */
export function control(role: ControlRole, name?: string, state: ControlState = {}): A11yProps {
  const props: A11yProps = H5 ? { role, tabIndex: 0, onKeyDown: pressWithKeys } : { 'aria-role': role };
  if (name) props['aria-label'] = name;
  if (state.checked !== undefined) props['aria-checked'] = String(state.checked);
  if (state.selected !== undefined) props['aria-selected'] = String(state.selected);
  if (state.disabled) props['aria-disabled'] = 'true';
  if (state.current) props['aria-current'] = role === 'link' ? 'page' : 'true';
  if (state.expanded !== undefined) props['aria-expanded'] = String(state.expanded);
  return props;
}

/** A group of choices (radios, checkboxes, tabs) announced with its question. */
export function group(role: 'radiogroup' | 'group' | 'tablist', name: string): A11yProps {
  return H5 ? { role, 'aria-label': name } : { 'aria-role': role, 'aria-label': name };
}

/**
 * A form field's name (and whether it must be filled). In H5 Taro's Input and Textarea keep it on
 * their custom element; lib/h5Shell.ts carries it onto the native field inside.
 */
export function field(name: string, required = false): A11yProps {
  return { 'aria-label': name, ...(required ? { 'aria-required': 'true' } : {}) };
}

/** A picture that says something (a chart, a day on a calendar), named with what it says. */
export function image(name: string): A11yProps {
  return H5 ? { role: 'img', 'aria-label': name } : { 'aria-role': 'img', 'aria-label': name };
}

/** A part of the page that scrolls on its own (an agreement's text): named, and reachable with Tab so the keys scroll it. */
export function region(name: string): A11yProps {
  return H5 ? { role: 'region', 'aria-label': name, tabIndex: 0 } : { 'aria-label': name };
}

/** Decoration a screen reader should pass over (icons beside a text that says the same). */
export const decorative: A11yProps = { 'aria-hidden': 'true' };

/** Text read as a heading, so a screen reader can jump between a page's sections. */
export function heading(level = 2): A11yProps {
  return H5 ? { role: 'heading', 'aria-level': String(level) } : { 'aria-role': 'heading', 'aria-level': String(level) };
}

/**
 * Text that changes by itself and must be heard when it does: a refusal or "请到 3 号窗口" is an
 * alert (said at once), a count that moves is a status (said when the reader is idle).
 */
export function live(kind: 'alert' | 'status' = 'status'): A11yProps {
  const politeness = kind === 'alert' ? 'assertive' : 'polite';
  return H5 ? { role: kind, 'aria-live': politeness } : { 'aria-role': kind, 'aria-live': politeness };
}
