// Taro's components as plain DOM elements for jsdom component tests.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; className?: string };
/** Accessibility and data attributes pass through, as Taro's H5 components render them (tabIndex and onKeyDown too). */
const passThrough = (props: Props) => Object.fromEntries(Object.entries(props).filter(([key]) => key === 'role' || key.startsWith('aria-') || key.startsWith('data-')));

const element = (tag: string) =>
  function TaroElement(props: Props) {
    const { children, className, onClick, onInput, onKeyDown, tabIndex, value, placeholder, type, disabled } = props;
    return createElement(tag, { ...passThrough(props), className, onClick, onInput, onChange: onInput, onKeyDown, tabIndex, value, placeholder, type, disabled }, children as ReactNode);
  };

export const View = element('div');
export const Text = element('span');
export const Button = element('button');
export const Input = element('input');
export const Textarea = element('textarea');
export const ScrollView = element('div');
export const Image = element('img');
