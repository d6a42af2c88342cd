/**
 * One page at a time for a browser test file: `open(path, options)` opens it in a fresh
 * context, and after each test the page must have had no problems (console errors, failed or
 * foreign requests) before it is closed.
 */
import { afterEach, expect } from 'vitest';
import { openPage, type OpenedPage, type OpenOptions } from './browser';
import type { useBuiltSite } from './session';

export function useOnePage(site: ReturnType<typeof useBuiltSite>) {
  let opened: OpenedPage | undefined;
  afterEach(async () => {
    if (opened) expect(opened.listProblems()).toEqual([]);
    await opened?.close();
    opened = undefined;
  });
  return {
    async open(path: string, options: Partial<OpenOptions> = {}) {
      opened = await openPage(site.browser, site.server.url + path, { allowedHost: site.server.host, scroll: false, settleMs: 500, ...options });
      return opened.page;
    },
    /** The page open now, for tests that set aside problems they provoke on purpose. */
    get opened() {
      return opened;
    },
  };
}
