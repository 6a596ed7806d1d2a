import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { faqFrontmatter } from './ui/faq-schema';
import { scenarioSummarySchema } from './ui/scenario-catalogue';
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
    // A scenario's summary (`ScenarioSummary`), and what the player needs: the parsed scenario
    // (plain JSON) and the revision of its source.
    schema: scenarioSummarySchema.extend({
      player: z.object({ scenario: z.record(z.string(), z.unknown()), revision: z.string() }),
    }),
  }),
};
