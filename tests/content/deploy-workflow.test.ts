/** The GitHub Pages workflow builds with the Pages sub-path and URL and publishes dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

test('deploy.yml: Node from .nvmrc, base and site from configure-pages, dist/ uploaded and deployed', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;
  const uses = (name: string) => steps.find((s) => s.uses?.startsWith(name));
  expect(uses('actions/setup-node@')?.with?.['node-version-file']).toBe('.nvmrc');
  expect(uses('actions/configure-pages@')?.id).toBe('pages');
  const build = steps.find((s) => s.run === 'npm run build')!;
  expect(build.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}/', SITE_URL: '${{ steps.pages.outputs.origin }}' });
  expect(steps.findIndex((s) => s.run === 'npm ci')).toBeLessThan(steps.indexOf(build));
  expect(uses('actions/upload-pages-artifact@')?.with?.path).toBe('dist');
  expect(workflow.jobs.deploy.needs).toBe('build');
  expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  // The build reads exactly these variables.
  const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
  expect(config).toContain('process.env.BASE_PATH');
  expect(config).toContain('process.env.SITE_URL');
});
