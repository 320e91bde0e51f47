// Extra stand-ins for the dashboard's component tests: View and Text keeping data-* and style, Taro's
// date Picker as a date input, and uCharts replaced by a recorder of what each chart draws.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };
/** View and Text that keep data-* attributes, aria labels and inline styles (the bars' widths). */
const element = (tag: string) =>
  function TaroElement({ children, className, onClick, style, ...rest }: Props) {
    const passed = Object.fromEntries(Object.entries(rest).filter(([key]) => key.startsWith('data-') || key.startsWith('aria-')));
    return createElement(tag, { className, onClick, style, ...passed }, children);
  };
export const View = element('div');
export const Text = element('span');

/** A date picker as a date input: changing it answers like Taro's Picker (detail.value). */
export function Picker({ children, value, onChange }: { children?: ReactNode; value?: string; onChange?: (e: { detail: { value: string } }) => void }) {
  return createElement(
    'label',
    { className: 'taro-picker' },
    children,
    createElement('input', { type: 'date', className: 'taro-picker-input', value, onChange: (e: { target: { value: string } }) => onChange?.({ detail: { value: e.target.value } }) }),
  );
}

/** Every chart drawn since the last reset, with the options it was drawn with. */
export const drawnCharts: { type: string; categories?: string[]; series: { name: string; data: unknown }[]; xAxis?: { max?: number } }[] = [];

export default class UChartsRecorder {
  opts: (typeof drawnCharts)[number];
  constructor(opts: (typeof drawnCharts)[number]) {
    this.opts = opts;
    drawnCharts.push(opts);
  }
  updateData(): void {}
}
