/**
 * Which cell a shared link is for, read from the URL's fragment (`#cell=<id>&share=<payload>`,
 * made by share.ts). Kept apart from share.ts so a page learns whether a link concerns one of
 * its cells without loading the decompressor.
 */
/** The cell a fragment shares and its payload, or undefined if it shares none. Cheap: no decompression. */
export function sharedCellIn(hash: string): { cell: string; payload: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const cell = params.get('cell');
  // URLSearchParams turns "+" into a space; lz-string's alphabet has "+", so read the raw text.
  const payload = /(?:^|[#&])share=([^&]*)/.exec(hash)?.[1];
  return cell && payload !== undefined ? { cell, payload } : undefined;
}
