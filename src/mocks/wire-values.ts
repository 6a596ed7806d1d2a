/**
 * The API's own spellings of the values the core names in English (decision 050). The API is a
 * published contract: its clients send `mode=bris-de-glace` and read `"channel": "courrier"`, so
 * these spellings stay as they were when the core's identifiers became English. Each table maps a
 * core value to its spelling on the wire, and is checked complete by the compiler (`satisfies`);
 * `wireEnum` reads it the other way. Values the core and the API spell alike are not listed.
 */
import { z } from 'zod';
import type {
  AccessMode,
  EstablishmentKind,
  LegalRelationship,
  OppositionChannel,
  PracticeSetting,
  ProtectionMeasure,
  RppsPlusRole,
} from '../dmp/index';

/** Spelling on the wire of each core value, per vocabulary. */
export const WIRE = {
  accessMode: {
    normal: 'normal',
    'break-glass': 'bris-de-glace',
    'regulation-centre': 'centre-de-regulation',
  } satisfies Record<AccessMode, string>,
  setting: {
    liberal: 'liberal',
    structure: 'structure',
    establishment: 'etablissement',
  } satisfies Record<PracticeSetting, string>,
  establishmentKind: {
    chu: 'chu',
    'mental-health': 'sante-mentale',
    ehpad: 'ehpad',
    clinic: 'clinique',
    samu: 'samu',
    msp: 'msp',
    smr: 'smr',
  } satisfies Record<EstablishmentKind, string>,
  channel: {
    oral: 'oral',
    letter: 'courrier',
    email: 'mail',
    'mon-espace-sante': 'mon-espace-sante',
  } satisfies Record<OppositionChannel, string>,
  relationship: {
    mother: 'mere',
    father: 'pere',
    guardian: 'tuteur',
  } satisfies Record<LegalRelationship, string>,
  measure: {
    guardianship: 'tutelle',
    curatorship: 'curatelle',
    'family-authorisation': 'habilitation-familiale',
    'future-protection-mandate': 'mandat-protection-future',
  } satisfies Record<ProtectionMeasure, string>,
  rppsPlusRole: {
    'social-worker': 'assistant-service-social',
    'specialised-educator': 'educateur-specialise',
    'care-assistant': 'aide-soignant',
    'social-care-worker': 'accompagnant-educatif-social',
  } satisfies Record<RppsPlusRole, string>,
} as const;

type Table = Readonly<Record<string, string>>;

/** The core value of a wire spelling. */
function fromWire<const T extends Table>(table: T, wire: string): keyof T & string {
  const found = Object.keys(table).find((value) => table[value] === wire);
  // The schema's enum lets only the table's spellings through.
  if (found === undefined) throw new Error(`Unknown wire value: ${wire}`);
  return found;
}

/**
 * A schema reading a vocabulary's wire spellings (the ones in `except` refused) and giving the
 * core's values. Its input, which the OpenAPI document shows with its description, is the list of
 * wire spellings. Defaults around it are `prefault`s: the JSON Schema drops a `default` over a
 * transform.
 */
export function wireEnum<const T extends Table>(
  table: T,
  { except = [], description }: { except?: readonly string[]; description?: string } = {},
) {
  const spelled = Object.values(table).filter((w) => !except.includes(w));
  const input = z.enum(spelled as [T[keyof T], ...T[keyof T][]]);
  return (description === undefined ? input : input.describe(description)).transform((wire) =>
    fromWire(table, wire),
  );
}
