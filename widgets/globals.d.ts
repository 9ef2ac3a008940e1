/** Replaced at build time with package.json's version. */
declare const __WIDGETS_VERSION__: string;
