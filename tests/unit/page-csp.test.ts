import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../src/integrations/page-csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('the page policy', () => {
  it('hashes each inline script and style, and nothing else', () => {
    const html = page(
      '<script>window.a = 1;</script><script type="module">import "./x.js";</script><style>p{color:red}</style>',
      '<script src="/a.js"></script><script type="application/json">{"code":"x"}</script>',
    );
    const policy = policyFor(html);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    const styleSrc = policy.split('; ').find((d) => d.startsWith('style-src '))!;
    expect(scriptSrc.split(' ').filter((t) => t.startsWith("'sha256-"))).toEqual([sha('window.a = 1;'), sha('import "./x.js";')]);
    expect(styleSrc).toBe(`style-src 'self' ${sha('p{color:red}')}`);
    expect(policy).not.toContain(sha('{"code":"x"}'));
  });

  it('adds the style nonce to style-src only', () => {
    const policy = policyFor(page('<script>1</script>'), 'abc123+/=');
    expect(policy).toMatch(/style-src [^;]*'nonce-abc123\+\/='/);
    expect(policy).not.toMatch(/script-src[^;]*nonce/);
  });

  it('never allows inline scripts wholesale, nor another host', () => {
    const policy = policyFor(page('<script>1</script>'));
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the meta at the top of <head> (after the charset), and refuses a page without a head or with a policy already', () => {
    const html = withPolicy(page('<meta charset="utf-8"><script>1</script>'));
    expect(html).toMatch(/^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><script>/);
    expect(withPolicy(page('<title>t</title>'))).toMatch(/<head><meta http-equiv="content-security-policy"[^>]+><title>/);
    expect(() => withPolicy('<p>no head</p>')).toThrow(/no <head>/);
    expect(() => withPolicy(html)).toThrow(/already has a policy/);
  });
});

describe('styleNonce', () => {
  it('reads the style nonce from the page policy, and nothing without one', async () => {
    const { parseHTML } = await import('linkedom');
    const { styleNonce } = await import('../../src/cells/client/style-nonce');
    const { document } = parseHTML(withPolicy(page('<meta charset="utf-8">'), 'n0nce/+='));
    expect(styleNonce(document as unknown as Document)).toBe('n0nce/+=');
    expect(styleNonce(parseHTML(page('')).document as unknown as Document)).toBeUndefined();
  });
});
