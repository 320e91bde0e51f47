// The weapp runtime's half of config/ariaPlugin.ts: the same ARIA attributes, so the runtime
// writes them under the short names the generated templates read.
import { mergeInternalComponents } from '@tarojs/shared';
import ARIA from './weappAria.json';

if (process.env.TARO_ENV === 'weapp') mergeInternalComponents(ARIA);
