import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { faqFrontmatter } from './ui/faq-schema';
import { MACHINE_IDS } from './ui/scenario-catalogue';
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
    // The shape of `ScenarioSummary` (site/ui/scenario-catalogue.ts), which builds the data.
    schema: z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      theme: z.string(),
      audience: z.array(z.string()),
      duration: z.number(),
      objectives: z.array(z.string()),
      tags: z.array(z.string()),
      roles: z.array(z.string()),
      faq: z.array(z.string()),
      citedFaq: z.array(z.string()),
      machines: z.array(z.enum(MACHINE_IDS)),
      machineWeights: z.partialRecord(z.enum(MACHINE_IDS), z.number()),
      stepCount: z.number(),
      file: z.string(),
      // What the player needs: the parsed scenario (plain JSON) and the revision of its source.
      player: z.object({ scenario: z.record(z.string(), z.unknown()), revision: z.string() }),
    }),
  }),
};
