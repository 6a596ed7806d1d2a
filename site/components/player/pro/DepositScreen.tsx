/** The deposit screen: a document for the patient's DMP, its visibility and the workstation clock. */
import { useState } from 'preact/hooks';
import { scripted, wholeNumberIn } from '../../../ui/player/screens';
import { ActionForm, CheckField, NOT_CHOSEN, SelectField, TextField } from '../fields';
import type { SpaceProps } from '../screen-props';
import { DmpAnswerBox } from '../DmpAnswerBox';
import { TYPE_OPTIONS, patientOf } from './shared';

export function Deposit(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.deposit', props.prefill);
  const reference = scripted(props.view.step, 'ps.deposit');
  const [type, setType] = useState<string>(s.type ?? (props.prefill ? '11488-4' : NOT_CHOSEN));
  const [title, setTitle] = useState(s.title ?? '');
  const [date, setDate] = useState(s.serviceDate ?? '');
  const [masked, setMasked] = useState(s.visibility?.maskedFromProfessionals ?? false);
  const [invisible, setInvisible] = useState(s.visibility?.invisibleToPatient ?? false);
  const [hiddenReps, setHiddenReps] = useState(
    s.visibility?.invisibleToLegalRepresentatives ?? false,
  );
  // The workstation's clock is a fact of the situation, not a choice: always the script's.
  const [skew, setSkew] = useState(String(reference.clockSkewMinutes ?? 0));
  const [informed, setInformed] = useState(s.patientInformed ?? false);
  const patient = patientOf(props);
  const [skewError, setSkewError] = useState<string | null>(null);
  const submit = () => {
    const minutes = wholeNumberIn(skew, -1440, 1440, "Décalage de l'horloge du poste");
    setSkewError('error' in minutes ? minutes.error : null);
    if ('error' in minutes) return;
    props.act({
      ...s,
      action: 'ps.deposit',
      type,
      ...(title.trim() === '' ? { title: undefined } : { title: title.trim() }),
      ...(date === '' ? { serviceDate: undefined } : { serviceDate: date }),
      visibility: {
        maskedFromProfessionals: masked,
        invisibleToPatient: invisible,
        invisibleToLegalRepresentatives: hiddenReps,
      },
      clockSkewMinutes: minutes.value,
      patientInformed: informed,
    });
  };
  const last = props.view.screens[props.role.id]?.panels['ps.deposit'];
  return (
    <>
      <ActionForm
        title={`Déposer un document${patient === undefined ? '' : ` pour ${patient.displayName}`}`}
        submit="Déposer dans le DMP"
        busy={props.busy}
        missing={type === NOT_CHOSEN ? ['le type de document'] : []}
        onSubmit={submit}
      >
        <SelectField
          label="Type de document"
          value={type}
          placeholder="— Choisir le type —"
          options={TYPE_OPTIONS}
          onChange={setType}
        />
        <TextField
          label="Titre"
          value={title}
          onChange={setTitle}
          hint="Par défaut : le libellé du type."
        />
        <TextField
          label="Date de l'acte"
          type="date"
          value={date}
          onChange={setDate}
          hint="Par défaut : la date simulée du jour."
        />
        <fieldset>
          <legend>Visibilité</legend>
          <CheckField checked={masked} onChange={setMasked}>
            Masqué aux autres professionnels
          </CheckField>
          <CheckField checked={invisible} onChange={setInvisible}>
            Invisible au patient (en attente d'une consultation d'annonce)
          </CheckField>
          <CheckField checked={hiddenReps} onChange={setHiddenReps}>
            Invisible aux représentants légaux
          </CheckField>
        </fieldset>
        <TextField
          label="Décalage de l'horloge du poste (minutes)"
          type="number"
          value={skew}
          onChange={setSkew}
          hint="0 : l'horloge du poste est à l'heure."
          error={skewError}
        />
        <CheckField checked={informed} onChange={setInformed}>
          J'ai informé le patient de ce dépôt (mon devoir ; le DMP ne le vérifie pas)
        </CheckField>
      </ActionForm>
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
    </>
  );
}
