import { isAbsolute, relative, sep } from 'node:path';

/**
 * A linted file's path as CI tools want it: relative to `cwd` when it lies inside it, with
 * forward slashes; absolute otherwise (and `<stdin>` as it is).
 */
export function reportPath(filePath: string, cwd: string): string {
  const inside = isAbsolute(filePath) ? relative(cwd, filePath) : filePath;
  const path = inside.startsWith('..') || isAbsolute(inside) ? filePath : inside;
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
