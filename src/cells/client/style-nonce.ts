/**
 * The nonce the page's Content-Security-Policy gives inline styles (src/integrations/page-csp.ts).
 * CodeMirror writes its styles into a `<style>` element at run time, which no build-time hash
 * can cover; the nonce lets that one element in. It allows styles only, never scripts.
 * @example styleNonce() // 'k3V…' on a built page, undefined without a policy (dev)
 */
export function styleNonce(doc: Document = document): string | undefined {
  const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return /style-src[^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
}
