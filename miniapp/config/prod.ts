// Production builds: Taro minifies by default. Terser keeps non-ASCII text as UTF-8 instead of
// \uXXXX escapes: a Chinese or Mongolian character then costs 3 bytes of the weapp main package,
// not 6 (WeChat reads its JavaScript as UTF-8; the H5 build is served as UTF-8).
import type { UserConfigExport } from '@tarojs/cli';

export default {
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
