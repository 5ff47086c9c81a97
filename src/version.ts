/** vbhc's version: shown by `--version`, part of the lint cache key. Kept equal to package.json's (a test checks). */
export const VERSION = '0.1.0';

/** Where vbhc's source and rule documentation live on the web (package.json's `repository`; a test checks). */
export const REPOSITORY_URL = 'https://github.com/vbhc/vbhc';
