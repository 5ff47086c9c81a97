import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * The path a patch names: relative to the working folder when inside it, else absolute without
 * its leading `/` (so `a/tmp/x.txt`, which `patch -p1` applies from the root); `/` separators.
 */
function patchPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  const chosen = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
  return chosen.split(sep).join('/').replace(/^\/+/, '');
}

/**
 * A unified diff from `before` to `after` that `git apply` and `patch -p1` accept, run in
 * `cwd`: paths `a/<file>` and `b/<file>`. A UTF-8 BOM is kept in the first line's text, as it
 * is in the file's bytes.
 */
export function unifiedDiff(path: string, before: string, after: string, options: { bom?: boolean; cwd?: string } = {}): string {
  const name = patchPath(path, options.cwd ?? process.cwd());
  const bom = options.bom ? '\ufeff' : '';
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, bom + before, bom + after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}
