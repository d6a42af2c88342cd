/**
 * The built site served locally and one Chromium, for the tests of one file: started before
 * them and closed after them. Read `site.server` and `site.browser` inside tests and hooks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serve, type StaticServer } from './server';
import { DIST } from './site';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
}

export function useBuiltSite(root = DIST): SiteSession {
  const site = {} as SiteSession;
  beforeAll(async () => {
    site.server = await serve({ root });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
