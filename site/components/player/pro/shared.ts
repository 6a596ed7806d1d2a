/** What the screens of the professional's software share: labels, options and the answers they show. */
import { DOCUMENT_TYPES, type Patient } from '../../../../src/dmp/index';
import { CONSENT_SCOPES, type OPEN_MODES } from '../../../../src/scenario/format/kinds';
import { CONSENT_FORM_LABELS, CONSENT_GIVER_LABELS } from '../../../ui/player/screens';
import { NOT_CHOSEN } from '../fields';
import type { SpaceProps } from '../screen-props';

/** Whom a consent covers: the professional alone, or the care team. */
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** How the professional opens the DMP: normal mode or as a regulation centre. */
export type OpenMode = (typeof OPEN_MODES)[number];

/** Who gives a consent, and its form, as the consent form offers them. */
export const GIVERS = CONSENT_GIVER_LABELS;
export const FORMS = CONSENT_FORM_LABELS;

/** Whom a consent covers, as the consent form offers it. */
export const SCOPES: Record<ConsentScope, string> = {
  professional: 'Moi seul',
  'care-team': "Toute l'équipe de soins",
};

/** The options of a select, from labels by value. */
export const options = <V extends string>(labels: Record<V, string>) =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

/** Document types, as the deposit and search forms offer them. */
export const TYPE_OPTIONS = Object.values(DOCUMENT_TYPES).map((t) => ({
  value: t.code,
  label: `${t.label} (${t.code})`,
}));

/** The patient whose file is open: the one last found (by INS or by traits), else the scenario's. */
export function patientOf(props: SpaceProps): Patient | undefined {
  const found = props.view.screens[props.role.id]?.patientId ?? null;
  return props.world.patients.get(found ?? props.world.defaultPatient);
}

/** Whether a select holds a value (not « choisir »). */
export const chosen = <V extends string>(v: V | typeof NOT_CHOSEN): v is V => v !== NOT_CHOSEN;
