/**
 * Public surface of the business machines (XState v5, synchronous, no `invoke`/`after`), and the
 * `MACHINES` catalogue the site uses to generate one page per machine.
 */
import type { AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { isFaqId, type AnyRule, type FaqId } from '../src/dmp/index';
import { blockingMachine, GUARD_RULES as BLOCKING_GUARDS } from './blocking.machine';
import { breakGlassMachine, GUARD_RULES as BREAK_GLASS_GUARDS } from './break-glass.machine';
import { consentMachine, GUARD_RULES as CONSENT_GUARDS } from './consent.machine';
import { depositMachine, GUARD_RULES as DEPOSIT_GUARDS } from './deposit.machine';
import { majorityMachine, GUARD_RULES as MAJORITY_GUARDS } from './majority.machine';
import { proSessionMachine, GUARD_RULES as PRO_SESSION_GUARDS } from './pro-session.machine';
import { BLOCKING_LABELS } from './blocking.labels';
import { BREAK_GLASS_LABELS } from './break-glass.labels';
import { CONSENT_LABELS } from './consent.labels';
import { DEPOSIT_LABELS } from './deposit.labels';
import type { MachineLabels } from './labels';
import { MAJORITY_LABELS } from './majority.labels';
import { PRO_SESSION_LABELS } from './pro-session.labels';
import { MACHINE_IDS, type MachineId } from './ids';

export { blockingMachine } from './blocking.machine';
export type { BlockingContext, BlockingEvent, BlockingInput } from './blocking.machine';
export { breakGlassMachine } from './break-glass.machine';
export type {
  BreakGlassContext,
  BreakGlassEvent,
  BreakGlassInput,
  InformedParty,
} from './break-glass.machine';
export { consentMachine } from './consent.machine';
export type {
  ConsentBasis,
  ConsentContext,
  ConsentDraft,
  ConsentEvent,
  ConsentInput,
} from './consent.machine';
export { depositMachine } from './deposit.machine';
export type { DepositContext, DepositEvent, DepositInput } from './deposit.machine';
export { majorityMachine } from './majority.machine';
export type { MajorityContext, MajorityEvent, MajorityInput } from './majority.machine';
export { proSessionMachine } from './pro-session.machine';
export type { ProSessionContext, ProSessionEvent, ProSessionInput } from './pro-session.machine';
export type { SessionConsentDraft } from './pro-session.helpers';
export type { TransitionMeta } from './shared';
export { GUARD_LABELS, type GuardLabel, type MachineLabels } from './labels';
export { behaviouralRulesOutsideGuards, NOT_IN_MACHINES, rulesInGuards } from './coverage';

/** One entry of the catalogue: a machine, its French title and summary, its FAQ sources, its guards. */
export interface MachineEntry {
  /** Stable id, equal to the machine's `id` (used in scenarios). */
  readonly id: MachineId;
  /** French URL slug of the machine's page (`bris-de-glace`). */
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly faq: readonly FaqId[];
  readonly machine:
    | typeof consentMachine
    | typeof breakGlassMachine
    | typeof blockingMachine
    | typeof majorityMachine
    | typeof proSessionMachine
    | typeof depositMachine;
  /** The core rule behind every guard of the machine. */
  readonly guardRules: Readonly<Record<string, AnyRule>>;
  /** French labels of its states and events (the rule pages draw the diagram with them). */
  readonly labels: MachineLabels;
}

/**
 * The FAQ entries a machine cites: the main ones first, then every other FAQ id found in the
 * `meta.faq` of its transitions (so the machine's page lists all its sources).
 */
export function citedFaq(machine: AnyStateMachine, main: readonly FaqId[]): FaqId[] {
  const cited = [machine.root, ...getStateNodes(machine.root)].flatMap((node) =>
    [...node.transitions.values()].flat().flatMap((t) => {
      const faq = (t.meta as { faq?: unknown } | undefined)?.faq;
      return typeof faq === 'string' && isFaqId(faq) ? [faq] : [];
    }),
  );
  return [...new Set([...main, ...cited])];
}

/** Every machine's entry, by id (the compiler asks for one per id of `MACHINE_IDS`). */
const ENTRIES: { readonly [K in MachineId]: Omit<MachineEntry, 'id'> } = {
  consent: {
    slug: 'consentement',
    title: 'Consentement par épisode de soins',
    summary:
      "Le consentement vaut pour l'épisode de soins en cours : le sien, celui de l'équipe (MSP) ou la clause du contrat de séjour ; pour un mineur, le représentant légal consent ; un majeur protégé voit aussi la personne chargée de la mesure informée ; toute opposition est tracée.",
    faq: citedFaq(consentMachine, [
      'FAQ-CON-01',
      'FAQ-CON-02',
      'FAQ-CON-03',
      'FAQ-CON-04',
      'FAQ-CON-05',
      'FAQ-CON-06',
      'FAQ-PAT-06',
    ]),
    machine: consentMachine,
    guardRules: CONSENT_GUARDS,
    labels: CONSENT_LABELS,
  },
  breakGlass: {
    slug: 'bris-de-glace',
    title: 'Accès en urgence (bris de glace)',
    summary:
      "Patient en danger et hors d'état de consentir : accès sans consentement avec un motif « urgence », selon les réglages d'urgence du patient ; le mode reste affiché jusqu'à la fin, puis le patient et son médecin traitant sont informés.",
    faq: citedFaq(breakGlassMachine, ['FAQ-CON-07', 'FAQ-PAT-03', 'FAQ-DEP-09']),
    machine: breakGlassMachine,
    guardRules: BREAK_GLASS_GUARDS,
    labels: BREAK_GLASS_LABELS,
  },
  blocking: {
    slug: 'blocage',
    title: "Blocage d'un professionnel",
    summary:
      'Le patient bloque un professionnel, ou tous, depuis Mon espace santé : le professionnel bloqué voit « accès bloqué », même avec un consentement ; le déblocage rétablit les règles générales.',
    faq: citedFaq(blockingMachine, ['FAQ-PAT-03', 'FAQ-CON-01']),
    machine: blockingMachine,
    guardRules: BLOCKING_GUARDS,
    labels: BLOCKING_LABELS,
  },
  majority: {
    slug: 'majorite',
    title: 'Du mineur au jeune majeur',
    summary:
      "Le profil est créé à la naissance et rattaché au compte du représentant légal ; les documents cachés aux représentants (connexion secrète) restent invisibles pour eux ; à 18 ans le profil se détache, le jeune reçoit ses codes et le représentant perd l'accès.",
    faq: citedFaq(majorityMachine, ['FAQ-PAT-04', 'FAQ-DEP-09']),
    machine: majorityMachine,
    guardRules: MAJORITY_GUARDS,
    labels: MAJORITY_LABELS,
  },
  proSession: {
    slug: 'session-du-professionnel',
    title: "Session d'un professionnel",
    summary:
      "Carte (CPS, e-CPS, CPF pour consulter ; CPE pour déposer seulement), recherche du patient par INS ou par traits (identité certaine), décision d'accès (profession, accès bloqué, consentement, bris de glace), puis consultation des documents.",
    faq: citedFaq(proSessionMachine, [
      'FAQ-CNX-04',
      'FAQ-CNX-05',
      'FAQ-INS-02',
      'FAQ-ACC-01',
      'FAQ-ACC-02',
      'FAQ-ACC-08',
      'FAQ-CON-01',
      'FAQ-CON-07',
      'FAQ-PAT-03',
    ]),
    machine: proSessionMachine,
    guardRules: PRO_SESSION_GUARDS,
    labels: PRO_SESSION_LABELS,
  },
  deposit: {
    slug: 'depot',
    title: "Dépôt d'un document",
    summary:
      "Sans consentement mais après information du patient : INS qualifiée, horloge du poste à l'heure, type existant, visibilité permise ; le patient peut s'opposer pour un motif légitime ; le document est classé et une note de vaccination enrichit le carnet.",
    faq: citedFaq(depositMachine, [
      'FAQ-CON-08',
      'FAQ-DEP-01',
      'FAQ-DEP-03',
      'FAQ-DEP-06',
      'FAQ-DEP-07',
      'FAQ-DEP-08',
      'FAQ-DEP-09',
      'FAQ-DEP-11',
      'FAQ-CNX-05',
      // The osteopath's refusal cites FAQ-DEP-01 like the core's decision; its rule rests on FAQ-ACC-03 too.
      'FAQ-ACC-03',
    ]),
    machine: depositMachine,
    guardRules: DEPOSIT_GUARDS,
    labels: DEPOSIT_LABELS,
  },
};

/** The catalogue of business machines, in reading order (`MACHINE_IDS`). */
export const MACHINES: readonly MachineEntry[] = MACHINE_IDS.map((id) => ({ id, ...ENTRIES[id] }));
