// @vitest-environment jsdom
/**
 * The figure policy (client/sanitize.ts) on the payload classes of the attack review. jsdom's
 * CSS parser stands in for the browser's here; tests/e2e/attacks.test.ts runs the same
 * classes in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { checkValue, createSanitizer } from '../../../src/cells/client/sanitize';

const sanitize = createSanitizer(window);
const clean = (html: string) => {
  const holder = document.createElement('div');
  holder.append(sanitize(html, { idPrefix: 'c0-' }));
  return holder.innerHTML;
};
const scratch = document.createElement('div');

describe('figure sanitizer', () => {
  it('keeps a Plot figure: drawing elements, geometry, presentation, aria, plot classes', () => {
    const html = clean(
      '<figure class="plot-figure"><figcaption>Caption</figcaption><svg class="plot" viewBox="0 0 10 10" role="img" aria-label="A line" fill="currentColor" font-family="system-ui"><g stroke="currentColor"><path d="M0,0L5,5" transform="translate(1,2)"/></g><text x="1" y="2" dy="0.32em">σ(x)</text></svg></figure>',
    );
    expect(html).toContain('<figcaption>Caption</figcaption>');
    expect(html).toMatch(/<svg[^>]*class="plot"[^>]*>/);
    expect(html).toMatch(/aria-label="A line"/);
    expect(html).toMatch(/role="img"/);
    expect(html).toContain('<path d="M0,0L5,5" transform="translate(1,2)"></path>');
    expect(html).toContain('σ(x)');
  });

  it('drops scripts, handlers, links, images, <use>, foreignObject, animation and style elements', () => {
    const html = clean(
      '<svg onload="x()"><script>x()</script><style>rect{fill:red}</style><a href="https://evil.example"><text>t</text></a><image href="https://evil.example/i.png"/><use href="https://evil.example/#x"/><foreignObject><div>f</div></foreignObject><set attributeName="href" to="javascript:x()"/><animate attributeName="fill" values="url(https://evil.example)"/><rect width="1" onclick="x()"/></svg><img src=x onerror="x()"><iframe src="https://evil.example"></iframe>',
    );
    expect(html).toBe('<svg><rect width="1"></rect></svg>');
  });

  it('refuses CSS escapes, fetching functions and external url() in presentation attributes', () => {
    const refused = [
      ['fill', 'u\\72l(https://evil.example/a)'],
      ['mask', 'url(https://evil.example/m#x)'],
      ['filter', "url('//evil.example/f')"],
      ['clip-path', 'url( "https://evil.example/c" )'],
      ['fill', "image-set('https://evil.example/i' 1x)"],
      ['stroke', '-webkit-image-set(url(x) 1x)'],
      ['fill', 'paint(x)'],
    ] as const;
    for (const [name, value] of refused) expect(checkValue(name, value, 'c0-', scratch), `${name}=${value}`).toBeUndefined();
    expect(checkValue('fill', 'url(#grad)', 'c0-', scratch)).toBe('url(#c0-grad)');
    expect(checkValue('clip-path', "url('#clip-1')", 'c0-', scratch)).toBe('url(#c0-clip-1)');
    expect(checkValue('fill', 'rgb(1, 2, 3)', 'c0-', scratch)).toBe('rgb(1, 2, 3)');
    expect(checkValue('transform', 'translate(40,250)', 'c0-', scratch)).toBe('translate(40,250)');
  });

  it('reduces style attributes to allowed properties with harmless values', () => {
    expect(clean('<div style="max-width: initial; position: fixed; inset: 0; z-index: 9"></div>')).toBe('<div style="max-width:initial"></div>');
    expect(clean('<div style="background: image-set(\'https://evil.example/i\' 1x); color: red"></div>')).toBe('<div style="color:red"></div>');
    expect(clean('<div style="color: u\\72l(https://evil.example/a)"></div>')).toBe('<div></div>');
    expect(clean('<svg><rect style="fill: url(https://evil.example/x)"/></svg>')).toBe('<svg><rect></rect></svg>');
  });

  it('namespaces ids and strips the page hooks a figure could wear', () => {
    const html = clean('<svg><rect id="box" data-cell-action="reset" name="w" form="f" tabindex="0" class="cell-button sl-link plot-swatch" width="1"/></svg>');
    expect(html).toBe('<svg><rect id="c0-box" class="plot-swatch" width="1"></rect></svg>');
    expect(checkValue('id', 'a b', 'c0-', scratch)).toBeUndefined();
    expect(checkValue('class', 'cell-button', 'c0-', scratch)).toBeUndefined();
  });

  it('keeps text that merely mentions url( or backslashes, since text is not CSS', () => {
    expect(clean('<p title="a\\b">url(https://x) \\72</p>')).toBe('<p title="a\\b">url(https://x) \\72</p>');
  });
});
