/**
 * The `scenarios` content collection as the pages use it: the summaries, in catalogue order. Pages
 * read the collection (validated once by the loader) rather than the YAML files again.
 */
import { getCollection } from 'astro:content';
import { byThemeThenTitle, type ScenarioSummary } from './scenario-catalogue';

/** Every scenario summary, by theme then title. */
export async function getScenarioCatalogue(): Promise<ScenarioSummary[]> {
  return (await getCollection('scenarios')).map((entry) => entry.data).sort(byThemeThenTitle);
}
