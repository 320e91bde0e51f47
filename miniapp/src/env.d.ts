// Ambient declarations for the app: Taro's globals, style and asset imports, build-time constants.
/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Base URL of the API, fixed at build time by config/index.ts (defineConstants). */
declare const API_BASE: string;
/** Where the Mongolian font is loaded from at run time (config/index.ts). */
declare const MONGOLIAN_FONT_URL: string;
