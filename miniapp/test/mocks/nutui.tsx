// A few NutUI components as plain DOM for jsdom component tests: the same props our forms use,
// so the tests exercise our validation and states, not the library's styling.
import { createElement, type ReactNode } from 'react';

interface FieldProps {
  className?: string;
  value?: string;
  placeholder?: string;
  type?: string;
  maxLength?: number;
  onChange?: (value: string) => void;
  onBlur?: (value?: string) => void;
}

export function Input({ className, value, placeholder, type, onChange, onBlur }: FieldProps) {
  return createElement('input', {
    className,
    value,
    placeholder,
    type: type === 'number' ? 'tel' : 'text',
    onChange: (e: { target: { value: string } }) => onChange?.(e.target.value),
    onBlur: (e: { target: { value: string } }) => onBlur?.(e.target.value),
  });
}

export function TextArea({ className, value, placeholder, onChange, onBlur }: FieldProps) {
  return createElement('textarea', {
    className,
    value,
    placeholder,
    onChange: (e: { target: { value: string } }) => onChange?.(e.target.value),
    onBlur: (e: { target: { value: string } }) => onBlur?.(e.target.value),
  });
}

export function Button({ className, children, disabled, onClick }: { className?: string; children?: ReactNode; disabled?: boolean; onClick?: () => void }) {
  return createElement('button', { className, disabled, onClick }, children);
}

export function Rate({ className, count = 5, value = 0, onChange }: { className?: string; count?: number; value?: number; onChange?: (value: number) => void }) {
  return createElement(
    'div',
    { className },
    Array.from({ length: count }, (_, i) =>
      createElement('button', { key: i, className: `rating-star${i < value ? ' rating-star--on' : ''}`, 'aria-label': `${i + 1}星`, onClick: () => onChange?.(i + 1) }, '★'),
    ),
  );
}

export function Tag({ className, children }: { className?: string; children?: ReactNode }) {
  return createElement('span', { className }, children);
}
