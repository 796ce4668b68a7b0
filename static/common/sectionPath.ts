/** The section a path names (`/risks` → the index of `risks`); the first section for `/` or an unknown one. */
export function sectionIndexOf(pathname: string, ids: readonly string[]): number {
  const [first = ''] = pathname.replace(/^\/+/, '').split('/');
  return Math.max(0, ids.indexOf(first));
}
