import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { faqFrontmatter } from './ui/faq-schema';
import { scenarioLoader } from './ui/scenario-loader';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: faqFrontmatter }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // Validated by the same checker as `npm run scenarios -- check`: an invalid scenario fails the build.
  scenarios: defineCollection({
    loader: scenarioLoader(),
    schema: z.object({
      title: z.string(),
      theme: z.string(),
      audience: z.array(z.string()),
      duration: z.number(),
      faq: z.array(z.string()),
      file: z.string(),
    }),
  }),
};
