// Taro build configuration shared by the weapp and h5 targets; dev.ts and prod.ts hold the differences.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const platform = process.env.TARO_ENV ?? 'weapp';

/** The repository's shared/ package lives outside src/ and ships TypeScript source: webpack must compile it. */
const sharedSource = path.resolve(__dirname, '../../shared');

/**
 * Where the app finds the API. The local stack serves the h5 app and proxies /api on the same origin;
 * a weapp build talks to the API directly. TARO_APP_API_BASE overrides both.
 */
const apiBase = process.env.TARO_APP_API_BASE ?? (platform === 'h5' ? '/api' : 'http://127.0.0.1:3000');

/**
 * Where the app loads the Mongolian font at run time (never from its package): the H5 build serves
 * it from its own origin (copied into the build below); a weapp loads it with loadFontFace from the
 * https origin that serves the H5 build (TARO_APP_ASSET_ORIGIN; WeChat requires https and CORS).
 */
const MONGOLIAN_FONT = 'fonts/NotoSansMongolian-Regular.ttf';
const fontUrl = platform === 'h5' ? `/${MONGOLIAN_FONT}` : `${process.env.TARO_APP_ASSET_ORIGIN ?? 'http://127.0.0.1:10086'}/${MONGOLIAN_FONT}`;
const outputRoot = process.env.TARO_OUTPUT_ROOT ?? `dist/${platform}`;

// The H5 app runs in WeChat's WebView (current XWeb / WKWebView) and current mobile browsers: its
// Babel and autoprefixer targets are package.json's `h5` browserslist, not the weapp's (decisions §89).
if (platform === 'h5') process.env.BROWSERSLIST_ENV = 'h5';

/** Taro's H5 request API imports fetch and AbortController polyfills; every `h5` target has both. */
const nativeInH5 = path.resolve(__dirname, 'nativeInH5.js');

export default defineConfig<'webpack5'>((merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'daiban-bangban',
    // NutUI is drawn at 375 px, our pages at 750 px: size each file by its own design width.
    designWidth(input) {
      const file = typeof input === 'object' && input !== null ? input.file : undefined;
      return file && file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // Taro writes one set of templates per nesting level into base.wxml (3.2 KB each in the main
    // package); deeper elements render through its recursive custom component, styles shared.
    // 12 levels instead of 16 keep the main package within 450 KB (decisions §88).
    baseLevel: 12,
    // Separate folders so the weapp and h5 builds never overwrite each other.
    outputRoot,
    // Only the H5 build carries the font file (with its licence): the weapp package stays small.
    copy: platform === 'h5' ? { patterns: [{ from: MONGOLIAN_FONT, to: `${outputRoot}/${MONGOLIAN_FONT}` }, { from: 'fonts/OFL.txt', to: `${outputRoot}/fonts/OFL.txt` }], options: {} } : { patterns: [], options: {} },
    // @tarojs/cli 4.2 registers the weapp/h5 platform plugin and the React framework plugin by itself;
    // ours adds WeChat's ARIA attributes to the weapp templates.
    plugins: [path.resolve(__dirname, 'ariaPlugin.ts')],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase),
      MONGOLIAN_FONT_URL: JSON.stringify(fontUrl),
    },
    // Preact (through preact/compat) instead of React in the built app: React's reconciler was most
    // of the weapp vendors.js and of the H5 first load (decisions §89). Jest still renders with React.
    framework: 'preact',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSource] },
      // NutUI's per-component CSS arrives in page order; the order does not matter for it.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      webpackChain(chain) {
        chain.resolve.alias.set('whatwg-fetch$', nativeInH5).set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', nativeInH5);
        // zod is not in the first load (api/loadMainRoutes.h5.ts); Taro splits only initial chunks, so
        // without this group every lazy page chunk would carry its own copy of it.
        const split = chain.optimization.get('splitChunks');
        if (split) {
          chain.optimization.splitChunks({
            ...split,
            cacheGroups: { ...split.cacheGroups, zod: { test: /[\\/]node_modules[\\/]zod[\\/]/, chunks: 'async', name: 'zod', priority: 50, enforce: true } },
          });
        }
      },
      compile: { include: [sharedSource] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return process.env.NODE_ENV === 'development' ? merge({}, baseConfig, devConfig) : merge({}, baseConfig, prodConfig);
});
