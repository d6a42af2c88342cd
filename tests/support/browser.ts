/**
 * Headless Chromium for the browser tests, through playwright-core and a system Chromium
 * (no browser download). Set CHROME_PATH to use another binary; default /usr/bin/chromium.
 *
 * `openPage` opens a URL in a fresh context and records everything that went wrong:
 * console errors, uncaught page errors, failed requests (network errors and HTTP >= 400),
 * and every request to a host other than the local test server. Those are aborted, so
 * nothing leaves the machine, and recorded as failures.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

export const DEFAULT_CHROME = '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these, Chromium calls Google hosts at start and logs failures.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to use, or an Error that says how to get one. */
export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, which does not exist. Point CHROME_PATH at a Chromium or Chrome binary, ` +
        `or unset it and install Chromium at ${DEFAULT_CHROME}: apt-get install -y chromium`,
    );
  }
  if (existsSync(DEFAULT_CHROME)) return DEFAULT_CHROME;
  throw new Error(
    `No Chromium found for the browser tests: ${DEFAULT_CHROME} does not exist and CHROME_PATH is not set. ` +
      `Fix: apt-get install -y chromium (Debian/Ubuntu), or set CHROME_PATH=/path/to/chromium-or-chrome.`,
  );
}

export async function launchBrowser(): Promise<Browser> {
  // playwright's default (chromiumSandbox: false) adds --no-sandbox, which running as root (CI) needs.
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response (null for e.g. about:blank). */
  response: Response | null;
  problems: PageProblems;
  /** Every problem as one line each; empty when the page is clean. */
  listProblems(): string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `host:port` of the local server; requests to any other host are aborted and recorded. */
  allowedHost: string;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** A phone: touch events and a mobile viewport (default false). */
  touch?: boolean;
  /**
   * HTTP status expected for the main document (e.g. 404 for the not-found page); that
   * response and Chromium's console line about it are then not counted as failures.
   */
  expectStatus?: number;
  /** Scroll to the bottom after load so on-visibility work runs too (default true). */
  scroll?: boolean;
  /** How long to wait for the network to go quiet after load (ms, default 5000). */
  settleMs?: number;
  /** Let the site's service worker run (default: blocked, so each test sees the network as it is). */
  serviceWorkers?: 'allow' | 'block';
  /** A script run in every document of the page before its own scripts (e.g. to block storage). */
  init?: () => void;
  /** Local requests whose URL matches are held back until `until` settles (a slow network for one file). */
  hold?: { url: RegExp; until: Promise<unknown> };
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:']);

/** Open `url` in a new context and record its problems; see the module comment. */
export async function openPage(browser: Browser, url: string, options: OpenOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  const isLocal = (requestUrl: string) => {
    try {
      const u = new URL(requestUrl);
      return LOCAL_SCHEMES.has(u.protocol) || u.host === options.allowedHost;
    } catch {
      return false;
    }
  };

  // Nothing leaves the machine: abort every request to another host, and record it.
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (isLocal(requestUrl)) {
      if (options.hold?.url.test(requestUrl)) await options.hold.until;
      return route.continue();
    }
    problems.foreignRequests.push(requestUrl);
    return route.abort('blockedbyclient');
  });
  // Requests that bypass routing (e.g. from workers) are still seen here.
  context.on('request', (request) => {
    const requestUrl = request.url();
    if (!isLocal(requestUrl) && !problems.foreignRequests.includes(requestUrl)) {
      problems.foreignRequests.push(requestUrl);
    }
  });

  // Anything the page's Content-Security-Policy blocks is a console error, so every test fails on it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  let mainUrl = url;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const where = message.location()?.url;
    // Chromium logs "Failed to load resource: ... status of 404" for the expected 404 document.
    if (options.expectStatus && /Failed to load resource/.test(text) && text.includes(String(options.expectStatus)) && (!where || where === mainUrl)) {
      return;
    }
    // A blocked foreign request is already recorded once, as a foreign request.
    if (/ERR_BLOCKED_BY_CLIENT/.test(text) && problems.foreignRequests.length > 0) return;
    problems.consoleErrors.push(where ? `${text} (at ${where})` : text);
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    if (!isLocal(request.url())) return; // recorded as foreign already
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    const request = response.request();
    if (options.expectStatus === status && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return;
    }
    problems.failedRequests.push(`${response.url()}: HTTP ${status}`);
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  mainUrl = page.url();
  // page.evaluate never returns when JavaScript is off: no scrolling then (nothing would load on it).
  if ((options.scroll ?? true) && options.javaScriptEnabled !== false) {
    await page.evaluate(async () => {
      const step = Math.max(200, window.innerHeight);
      for (let y = 0; y < document.body.scrollHeight; y += step) {
        window.scrollTo(0, y);
        // A frame, or 50 ms if none comes: a page Chromium stops painting must not stall the loop
        // (one CI run hung here for the test's whole 120 s).
        await new Promise((r) => {
          requestAnimationFrame(() => r(null));
          setTimeout(() => r(null), 50);
        });
      }
      window.scrollTo(0, document.body.scrollHeight);
    });
  }
  await page.waitForLoadState('networkidle', { timeout: options.settleMs ?? 5000 }).catch(() => {});

  return {
    page,
    context,
    response,
    problems,
    listProblems: () => listProblems(problems),
    close: () => context.close(),
  };
}

export function listProblems(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map((m) => `console error: ${m}`),
    ...problems.pageErrors.map((m) => `page error: ${m}`),
    ...problems.failedRequests.map((m) => `failed request: ${m}`),
    ...problems.foreignRequests.map((m) => `request to another host (blocked): ${m}`),
  ];
}
