// The H5 build renders with Preact (decisions §89). Taro's H5 components are custom elements whose
// wrapper also writes every prop onto the element as a property, and updates the attribute only
// for string values. Preact then sees `data-version` / `aria-checked` as a property of the element
// and, on the next render, updates only the property: a number or boolean `data-*` / `aria-*`
// attribute would keep its first value (a screen reader would read a stale aria-checked). Passing
// them as strings lets the wrapper update the attribute on every render, as React does.
import { options, type VNode } from 'preact';

const previousVnodeHook = options.vnode;

// Every vnode, not only the custom elements': the wrapper component (`View`) reads its own props.
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (props && typeof props === 'object') {
    for (const name of Object.keys(props)) {
      const value = props[name];
      if ((typeof value === 'number' || typeof value === 'boolean') && (name.startsWith('data-') || name.startsWith('aria-'))) props[name] = String(value);
    }
  }
  previousVnodeHook?.(vnode);
};
