import { z } from 'astro/zod';
import { argumentIds } from '../../content/arguments';

/** A work an article cites: every reference must link to where a reader can check it. */
export const reference = z.object({
  title: z.string().min(1),
  authors: z.string().optional(),
  year: z.number().int().optional(),
  url: z.url({ message: 'every reference needs a url (https://...) a reader can follow' }),
});

/** Fields this site adds to Starlight's frontmatter. */
export const articleFrontmatter = z.object({
  /** The source thread's arguments this page covers (ids from content/arguments.ts). */
  arguments: z
    .array(z.enum(argumentIds, { message: `unknown argument id; known ids are ${argumentIds.join(', ')}` }))
    .default([]),
  references: z.array(reference).default([]),
});
