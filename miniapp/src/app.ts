// The app shell: Taro renders the current page as its children.
import type { PropsWithChildren } from 'react';
// WeChat's ARIA attributes in the weapp runtime (before any page renders).
import './lib/weappAria';
// Registers silent session renewal with the API client.
import './lib/session';
import './app.scss';

// Number and boolean data-/aria- attributes of Taro's H5 elements kept current under Preact.
if (process.env.TARO_ENV === 'h5') require('./lib/preactAttributes');
// The browser build's navigation bar, focus ring and 长辈模式 around the pages.
if (process.env.TARO_ENV === 'h5') require('./lib/h5Shell').startH5Shell();

export default function App({ children }: PropsWithChildren) {
  return children;
}
