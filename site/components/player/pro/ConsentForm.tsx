/** The consent form of the patient file: who gives it, its form, and whom it covers. */
import { useState } from 'preact/hooks';
import { type ConsentForm, type ConsentGiver } from '../../../../src/dmp/index';
import { scripted } from '../../../ui/player/screens';
import { ActionForm, CheckField, NOT_CHOSEN, SelectField } from '../fields';
import type { SpaceProps } from '../screen-props';
import { type ConsentScope, FORMS, GIVERS, SCOPES, chosen, options } from './shared';

export function Consent(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.recordConsent', props.prefill);
  const p = props.prefill;
  const [givenBy, setGivenBy] = useState<ConsentGiver | typeof NOT_CHOSEN>(
    p ? (s.givenBy ?? 'patient') : NOT_CHOSEN,
  );
  const [form, setForm] = useState<ConsentForm | typeof NOT_CHOSEN>(
    p ? (s.form ?? 'oral') : NOT_CHOSEN,
  );
  const [scope, setScope] = useState<ConsentScope | typeof NOT_CHOSEN>(
    p ? (s.scope ?? 'professional') : NOT_CHOSEN,
  );
  const [informed, setInformed] = useState(p ? (s.informedOfTeamScope ?? true) : false);
  const [traced, setTraced] = useState(p ? (s.traced ?? true) : false);
  const [protector, setProtector] = useState(p ? (s.protectorInformed ?? false) : false);
  const [minorSecret, setMinorSecret] = useState(p ? (s.minorSecret ?? false) : false);
  const missing = [
    ...(chosen(givenBy) ? [] : ['qui consent']),
    ...(chosen(form) ? [] : ['la forme']),
    ...(chosen(scope) ? [] : ['la portée']),
  ];
  const submit = () =>
    chosen(givenBy) &&
    chosen(form) &&
    chosen(scope) &&
    props.act({
      ...s,
      action: 'ps.recordConsent',
      givenBy,
      form,
      scope,
      informedOfTeamScope: informed,
      traced,
      protectorInformed: protector,
      minorSecret: givenBy === 'patient' && minorSecret,
    });
  return (
    <ActionForm
      title="Consentement à l'accès au DMP"
      submit="Enregistrer le consentement"
      busy={props.busy}
      missing={missing}
      onSubmit={submit}
    >
      <SelectField
        label="Consentement donné par"
        value={givenBy}
        options={options(GIVERS)}
        onChange={setGivenBy}
      />
      <SelectField
        label="Forme du consentement"
        value={form}
        options={options(FORMS)}
        onChange={setForm}
      />
      <SelectField label="Portée" value={scope} options={options(SCOPES)} onChange={setScope} />
      {scope === 'care-team' && (
        <CheckField checked={informed} onChange={setInformed}>
          Le patient a été informé que son consentement vaut pour l'équipe
        </CheckField>
      )}
      <CheckField checked={traced} onChange={setTraced}>
        Tracer le consentement dans le logiciel
      </CheckField>
      <CheckField checked={protector} onChange={setProtector}>
        Majeur protégé : la personne chargée de la mesure a été informée
      </CheckField>
      {givenBy === 'patient' && (
        <CheckField checked={minorSecret} onChange={setMinorSecret}>
          Patient mineur : il consent seul et me demande le secret pour cet épisode de soins
        </CheckField>
      )}
    </ActionForm>
  );
}
