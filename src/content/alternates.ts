/**
 * The two editions' addresses of a page: English at the root, Traditional Chinese under
 * zh-tw/. Starlight writes hreflang alternates only when the site's address is known; a build
 * without SITE_URL still links each page to its counterpart, by path.
 * @example editionPaths('/bias/zh-tw/articles/shift/', '/bias/') // { en: '/bias/articles/shift/', 'zh-TW': '/bias/zh-tw/articles/shift/' }
 */
export function editionPaths(pathname: string, base: string): { en: string; 'zh-TW': string } {
  const root = base.replace(/\/?$/, '/');
  const inSite = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const page = inSite.replace(/^zh-tw(\/|$)/, '');
  return { en: `${root}${page}`, 'zh-TW': `${root}zh-tw/${page}` };
}
