/** Opening the patient's DMP (normal or regulation mode), break-glass, and qualifying the identity. */
import { useState } from 'preact/hooks';
import { scripted } from '../../../ui/player/screens';
import { ActionForm, CheckField, NOT_CHOSEN, SelectField, TextField } from '../fields';
import type { SpaceProps } from '../screen-props';
import { type OpenMode, chosen } from './shared';

export function OpenDmp(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.openDmp', props.prefill);
  const [mode, setMode] = useState<OpenMode | typeof NOT_CHOSEN>(
    props.prefill ? (s.mode ?? 'normal') : NOT_CHOSEN,
  );
  return (
    <ActionForm
      title="Accès au DMP"
      submit="Ouvrir le DMP"
      busy={props.busy}
      missing={chosen(mode) ? [] : ["le mode d'accès"]}
      onSubmit={() => chosen(mode) && props.act({ ...s, action: 'ps.openDmp', mode })}
    >
      <SelectField
        label="Mode d'accès"
        value={mode}
        options={[
          { value: 'normal', label: 'Normal (avec le consentement du patient)' },
          { value: 'regulation-centre', label: 'Centre de régulation (SAMU – Centre 15)' },
        ]}
        onChange={setMode}
      />
    </ActionForm>
  );
}

export function BreakGlass(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.breakGlass', props.prefill);
  const [motive, setMotive] = useState(s.motive ?? '');
  const [unable, setUnable] = useState(props.prefill ? (s.patientUnableToConsent ?? true) : false);
  return (
    <ActionForm
      title="Accès en mode bris de glace"
      submit="Accéder en bris de glace"
      busy={props.busy}
      onSubmit={() =>
        props.act({ ...s, action: 'ps.breakGlass', motive, patientUnableToConsent: unable })
      }
    >
      <TextField
        label="Motif « urgence »"
        value={motive}
        onChange={setMotive}
        multiline
        hint="Le motif est tracé et visible du patient."
      />
      <CheckField checked={unable} onChange={setUnable}>
        Le patient est hors d'état d'exprimer son consentement
      </CheckField>
    </ActionForm>
  );
}

/**
 * Identitovigilance, in the software and not in the DMP (HS17): the INS retrieved by the INSi
 * teleservice and the identity checked against an ID document make it qualified. No field to fill,
 * so nothing is prefilled: the patient is the file's.
 */
export function QualifyIdentity(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.qualifyIdentity', props.prefill);
  return (
    <ActionForm
      title="Identité du patient (identitovigilance)"
      submit="Qualifier l'identité"
      busy={props.busy}
      onSubmit={() => props.act({ ...s, action: 'ps.qualifyIdentity' })}
    >
      <p className="pl-hint">
        À faire dans votre logiciel, pas dans le DMP : INS récupérée par le téléservice INSi et
        identité contrôlée sur une pièce d'identité à haut niveau de confiance.
      </p>
    </ActionForm>
  );
}
