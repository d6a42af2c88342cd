import { createHash } from 'node:crypto';

/**
 * The CSP source expression that allows exactly this inline script or style, quotes included.
 * @example hashSource('alert(1)') // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
