// The H5 build's shell around the pages: Taro's navigation bar (title, back, home) made a real
// control for screen readers and keyboards and sized for 长辈模式, the focus ring, and the
// document's language and title kept with the page. Loaded only in the H5 build (app.ts).
import Taro from '@tarojs/taro';
import { isElderly } from './elderly';
import './h5.scss';

function makeButton(el: Element | null, name: string): void {
  if (!el || el.getAttribute('role') === 'button') return;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', name);
  el.setAttribute('tabindex', '0');
  el.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    (el as HTMLElement).click();
  });
  el.querySelector('svg')?.setAttribute('aria-hidden', 'true');
}

/** The bar is Taro's (router/navigation-bar): created once, its buttons shown or hidden per page. */
function enhanceNavigationBar(): void {
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar) return;
  bar.setAttribute('role', 'banner');
  makeButton(bar.querySelector('.taro-navigation-bar-back'), '返回');
  makeButton(bar.querySelector('.taro-navigation-bar-home'), '返回首页');
  const title = bar.querySelector('.taro-navigation-bar-title');
  title?.setAttribute('role', 'heading');
  title?.setAttribute('aria-level', '1');
}

/**
 * Taro's H5 Input/Textarea/Image put the name on their custom element; the native field or picture
 * inside is what a screen reader and axe meet, so the name is carried onto it whenever they render.
 */
function nameNativeFields(): void {
  for (const host of Array.from(document.querySelectorAll('taro-input-core[aria-label], taro-textarea-core[aria-label]'))) {
    const native = host.querySelector('input, textarea');
    if (!native) continue;
    for (const attribute of ['aria-label', 'aria-required']) {
      const value = host.getAttribute(attribute);
      if (value !== null && native.getAttribute(attribute) !== value) native.setAttribute(attribute, value);
    }
  }
  // A named picture (lib/a11y `image`): its <img> says the same as its alternative text.
  for (const host of Array.from(document.querySelectorAll('taro-image-core[aria-label]'))) {
    const img = host.querySelector('img');
    const name = host.getAttribute('aria-label') ?? '';
    if (img && img.alt !== name) img.alt = name;
  }
}

let pending = false;
function whenRendered(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    enhanceNavigationBar();
    nameNativeFields();
  });
}

function applyElderly(on: boolean): void {
  document.documentElement.classList.toggle('elderly-shell', on);
}

export function startH5Shell(): void {
  document.documentElement.lang = 'zh-CN';
  applyElderly(isElderly());
  Taro.eventCenter.on('elderlyMode', applyElderly);
  // Each page reads the stored mode when it opens; the bar around them follows on every route change.
  window.addEventListener('hashchange', () => applyElderly(isElderly()));
  // The router adds the bar when the app mounts, and pages render fields at any time.
  whenRendered();
  new MutationObserver(whenRendered).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}
