// Taro's components as plain DOM elements for jsdom component tests.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; className?: string };
const element = (tag: string) =>
  function TaroElement({ children, className, onClick, onInput, value, placeholder, type, disabled }: Props) {
    return createElement(tag, { className, onClick, onInput, onChange: onInput, value, placeholder, type, disabled }, children as ReactNode);
  };

export const View = element('div');
export const Text = element('span');
export const Button = element('button');
export const Input = element('input');
export const Textarea = element('textarea');
export const ScrollView = element('div');
export const Image = element('img');
