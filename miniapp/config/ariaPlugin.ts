// Lets WeChat hear our controls: Taro's weapp templates list each component's attributes and drop
// any other, so the ARIA attributes WeChat supports (base library ≥ 2.7.1) are added to the
// template here and, with the same list, to the runtime in src/lib/weappAria.ts.
import type { IPluginContext } from '@tarojs/service';
import ARIA from '../src/lib/weappAria.json';

interface MiniPlatform {
  platform?: string;
  template?: { mergeComponents(ctx: IPluginContext, patch: Record<string, Record<string, string>>): void };
}

export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onBuildInit',
    fn: (platform: MiniPlatform) => {
      if (platform.platform === 'weapp') platform.template?.mergeComponents(ctx, ARIA);
    },
  });
};
