// The app shell: Taro renders the current page as its children.
import type { PropsWithChildren } from 'react';
// Registers silent session renewal with the API client.
import './lib/session';
import './app.scss';

export default function App({ children }: PropsWithChildren) {
  return children;
}
