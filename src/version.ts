/** vbhc's version: shown by `--version`, part of the lint cache key. */
export const VERSION = '0.1.0';
