/**
 * Features the source announces for later, as dated flags. A feature the FAQ only announces is off
 * at the simulated date unless a scenario (or a caller) switches it on explicitly; the caveat says
 * so wherever the feature shows (decision text, professional software, scenario).
 */
import type { FaqId } from '../faq';
import { instantMs, type Instant, type IsoDate } from './clock';

/** An announced feature: what it is, when and where it was announced, and what to tell learners. */
interface AnnouncedFeature {
  readonly id: FeatureId;
  /** French name of the feature. */
  readonly label: string;
  /** Date of the announcement (the webinar). */
  readonly announcedOn: IsoDate;
  /** French dated wording, e.g. « annoncée en septembre 2025 ». */
  readonly announced: string;
  /** The FAQ entry that announces it. */
  readonly faq: FaqId;
  /** Date from which it is in service; null while no date is published (off by default). */
  readonly availableFrom: Instant | null;
  /** French warning shown when a scenario plays the feature as if it were in service. */
  readonly caveat: string;
  /** French sentence shown when the feature is asked for while it is off. */
  readonly unavailable: string;
}

/** Identifiers of the announced features. */
export const FEATURE_IDS = ['traitSearch'] as const;

/** An announced feature's identifier. */
type FeatureId = (typeof FEATURE_IDS)[number];

/** Explicit switches of a world (a scenario's `world.features`); absent = the dated default. */
export type FeatureSettings = { readonly [K in FeatureId]?: boolean | undefined };

/** No switch: every feature follows its date (all off at the FAQ's date). */
export const NO_FEATURE_SETTINGS: FeatureSettings = {};

/** The announced features of the FAQ. */
export const ANNOUNCED_FEATURES: Readonly<Record<FeatureId, AnnouncedFeature>> = {
  traitSearch: {
    id: 'traitSearch',
    label: "Recherche d'un DMP par traits d'identité (nom, prénom, date de naissance, sexe)",
    announcedOn: '2025-09-18',
    announced: 'annoncée en septembre 2025',
    faq: 'FAQ-INS-02',
    availableFrom: null,
    caveat:
      "Fonction annoncée en septembre 2025 (attendue « d'ici quelques mois »), pas encore en service à la date de la FAQ : le simulateur la joue ici comme si elle l'était.",
    unavailable:
      'La recherche par traits est annoncée en septembre 2025 mais pas encore en service à la date simulée : retrouvez le patient par son matricule INS.',
  },
};

/** Whether a feature is in service: the explicit switch if any, else its date (null = not yet). */
export function isFeatureOn(
  id: FeatureId,
  settings: FeatureSettings = NO_FEATURE_SETTINGS,
  now?: Instant,
): boolean {
  const explicit = settings[id];
  if (explicit !== undefined) return explicit;
  const from = ANNOUNCED_FEATURES[id].availableFrom;
  return from !== null && now !== undefined && instantMs(now) >= instantMs(from);
}
