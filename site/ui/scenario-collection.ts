/**
 * The `scenarios` content collection as the pages use it: the summaries, in catalogue order. Pages
 * read the collection (validated once by the loader) rather than the YAML files again.
 */
import { getCollection, getEntry } from 'astro:content';
import type { PlayerPayload } from './player/types';
import { byThemeThenTitle, type ScenarioSummary } from './scenario-catalogue';

/** Every scenario summary, by theme then title. */
export async function getScenarioCatalogue(): Promise<ScenarioSummary[]> {
  return (await getCollection('scenarios')).map((entry) => entry.data).sort(byThemeThenTitle);
}

/**
 * What the player of one scenario needs, from the collection entry (the last valid version of the
 * file, kept by the loader while the file is being edited): never re-read from the file.
 */
export async function getScenarioPayload(id: string): Promise<PlayerPayload> {
  const entry = await getEntry('scenarios', id);
  if (entry === undefined) throw new Error(`Scénario « ${id} » absent de la collection.`);
  return entry.data.player as unknown as PlayerPayload;
}
