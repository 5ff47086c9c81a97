import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * A linted file's path as CI tools want it: relative to `cwd` when it lies inside it
 * (`./a/../b.txt` → `b.txt`), absolute otherwise; forward slashes. `<stdin>` stays as it is.
 */
export function reportPath(filePath: string, cwd: string): string {
  const absolute = resolve(cwd, filePath);
  const inside = relative(cwd, absolute);
  const outside = inside === '' || inside.split(sep)[0] === '..' || isAbsolute(inside);
  const path = outside ? absolute : inside;
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
