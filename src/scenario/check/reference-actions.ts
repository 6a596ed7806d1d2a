/**
 * The « Actions » section of the référentiel, read from the action schema itself (`actions/`, one
 * file per action, through its JSON Schema): every parameter with whether it is required, its default, its allowed
 * values and its French description, and an example built from the seed that the schema accepts.
 */
import { z } from 'zod';
import { DEFAULT_SEED, SEED_DOCUMENT_IDS } from '../../dmp/index';
import { ACTIONS, actionSchema, type ActionName } from '../actions/index';
import type { ReferenceSection } from '../diagnostics/index';

interface JsonProperty {
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly type?: string;
  readonly examples?: readonly unknown[];
}

/** One parameter of an action. */
interface ActionParameter {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  readonly values: readonly string[];
  readonly defaultValue: unknown;
  readonly type: string;
}

const adult = DEFAULT_SEED.patients[0];
/** Sample values for free-text parameters, taken from the seed where they name something. */
const SAMPLES: Readonly<Record<string, unknown>> = {
  familyName: adult?.traits.birthName ?? 'MOREAU',
  givenName: adult?.traits.givenNames[0] ?? 'Claire',
  birthDate: adult?.traits.birthDate ?? '1978-04-12',
  motive: 'Patient inconscient admis aux urgences',
  document: Object.values(SEED_DOCUMENT_IDS)[0],
  professional: DEFAULT_SEED.professionals.find((p) => p.rpps !== null)?.id,
  type: '11488-4',
  days: 14,
};

/** The parameters of one action, in schema order. */
function actionParameters(name: ActionName): ActionParameter[] {
  const option = actionSchema.options.find((o) => o.shape.action.value === name);
  if (option === undefined) return [];
  const json = z.toJSONSchema(option, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonProperty>;
    required?: readonly string[];
  };
  return Object.entries(json.properties ?? {})
    .filter(([key]) => key !== 'action')
    .map(([key, p]) => ({
      name: key,
      required: (json.required ?? []).includes(key),
      description: p.description ?? '',
      values: (p.enum ?? []).map(String),
      defaultValue: p.default,
      type: p.type ?? 'string',
    }));
}

function sample(p: ActionParameter): unknown {
  if (p.name in SAMPLES) return SAMPLES[p.name];
  if (p.values.length > 0) return p.values[0];
  if (p.type === 'boolean') return true;
  if (p.type === 'number' || p.type === 'integer') return 1;
  return 'texte';
}

/** An example `do:` block that the schema accepts: the action and its required parameters. */
export function actionExample(name: ActionName): Record<string, unknown> {
  const params = actionParameters(name);
  const example: Record<string, unknown> = { action: name };
  for (const p of params) if (p.required) example[p.name] = sample(p);
  // clock.advance has only optional fields but needs one of them.
  if (Object.keys(example).length === 1 && params.some((p) => p.name === 'days'))
    example['days'] = SAMPLES['days'];
  return example;
}

/** The example written as YAML flow, as in a scenario: `{ action: ps.login, card: CPS }`. */
function flowExample(example: Record<string, unknown>): string {
  const value = (v: unknown) =>
    typeof v === 'string' && /^[\w.@-]+$/.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v);
  return `{ ${Object.entries(example)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join(', ')} }`;
}

function parameterText(p: ActionParameter): string {
  const parts = [p.required ? 'obligatoire' : 'facultatif'];
  if (p.values.length > 0) parts.push(`valeurs : ${p.values.join(', ')}`);
  if (p.defaultValue !== undefined) parts.push(`par défaut : ${JSON.stringify(p.defaultValue)}`);
  return `${p.name} (${parts.join(' ; ')}) : ${p.description}`;
}

const ACTOR_LABELS = {
  professional: 'professionnel',
  patient: 'patient',
  representative: 'représentant légal',
  any: 'tout rôle',
} as const;

/** The « Actions » section. */
export function actionsSection(): ReferenceSection {
  const names = Object.keys(ACTIONS) as ActionName[];
  return {
    topic: 'actions',
    title: 'Actions',
    intro:
      "Ce que l'apprenant fait dans une étape (`do:`). Une action ps.* se joue avec un rôle professionnel, qui commence par ps.login ; sans `patient`, une action vise le premier patient de world.patients.",
    columns: ['Action', 'Rôle', 'Ce que fait l’apprenant', 'Paramètres', 'Exemple'],
    rows: names.map((name) => [
      name,
      ACTOR_LABELS[ACTIONS[name].actor],
      ACTIONS[name].label,
      actionParameters(name).map(parameterText).join(' | ') || 'aucun',
      flowExample(actionExample(name)),
    ]),
  };
}
