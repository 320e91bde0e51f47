// The Mongolian font: loaded at run time from the app's own origin the first time Mongolian shows,
// never bundled (its 240 KB alone would take a third of the weapp main package budget).
import Taro from '@tarojs/taro';

/** Our own name for it, so pages use the font we serve and not whatever the phone may have. */
export const MONGOLIAN_FAMILY = 'Noto Sans Mongolian App';

let loading: Promise<boolean> | undefined;

/** Loads once; a failure (offline) is tried again next time, and meanwhile the phone's fonts stand in. */
export function loadMongolianFont(): Promise<boolean> {
  // Written as `Taro.loadFontFace` so that the H5 build's API transform finds it.
  if (typeof Taro.loadFontFace !== 'function') return Promise.resolve(false);
  loading ??= Promise.resolve(
    Taro.loadFontFace({
      family: MONGOLIAN_FAMILY,
      source: `url("${MONGOLIAN_FONT_URL}")`,
      global: true,
      scopes: ['webview', 'native'],
      // Only the Mongolian block (and its narrow no-break space): Chinese names keep the CJK font.
      desc: { unicodeRange: 'U+1800-18AF, U+202F' },
    } as Parameters<typeof Taro.loadFontFace>[0]),
  ).then(
    () => true,
    () => {
      loading = undefined;
      return false;
    },
  );
  return loading;
}
