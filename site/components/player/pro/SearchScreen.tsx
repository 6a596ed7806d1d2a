/** The patient search screen: by INS (TD0.2) or, once announced features allow it, by traits. */
import { useState } from 'preact/hooks';
import { INS_OID_TEST } from '../../../../src/dmp/index';
import { patientName, scripted } from '../../../ui/player/screens';
import { ActionForm, NOT_CHOSEN, SelectField, TextField } from '../fields';
import type { SpaceProps } from '../screen-props';
import { DmpAnswerBox } from '../DmpAnswerBox';
import { chosen } from './shared';

export function Search(props: SpaceProps) {
  const byIns = scripted(props.view.step, 'ps.searchByIns', props.prefill);
  const byTraits = scripted(props.view.step, 'ps.searchByTraits', props.prefill);
  const target = props.world.patients.get(props.world.defaultPatient);
  const [ins, setIns] = useState(byIns.ins ?? (props.prefill ? (target?.ins.matricule ?? '') : ''));
  const [oid, setOid] = useState(byIns.oid ?? INS_OID_TEST);
  const [family, setFamily] = useState(byTraits.familyName ?? '');
  const [given, setGiven] = useState(byTraits.givenName ?? '');
  const [birth, setBirth] = useState(byTraits.birthDate ?? '');
  const [sex, setSex] = useState<'M' | 'F' | typeof NOT_CHOSEN>(
    byTraits.sex ?? (props.prefill ? 'F' : NOT_CHOSEN),
  );
  const screen = props.view.screens[props.role.id];
  const last = screen?.panels.search;
  const found = screen?.patientId ?? null;
  const foundPatient = found === null ? undefined : props.world.patients.get(found);
  return (
    <>
      {target !== undefined && (
        <p className="pl-card-vitale">
          Le patient vous présente sa carte Vitale : {patientName(target)}. Matricule INS lu :{' '}
          <code>{target.ins.matricule}</code> (données fictives).
        </p>
      )}
      <ActionForm
        title="Recherche par matricule INS"
        submit="Rechercher par INS"
        busy={props.busy}
        onSubmit={() => props.act({ ...byIns, action: 'ps.searchByIns', ins, oid })}
      >
        <TextField
          label="Matricule INS (15 caractères)"
          value={ins}
          onChange={setIns}
          inputMode="numeric"
        />
        {target !== undefined && (
          <button
            type="button"
            className="pl-secondary"
            disabled={props.busy}
            onClick={() => setIns(target.ins.matricule)}
          >
            Lire la carte Vitale
          </button>
        )}
        <TextField
          label="OID de l'autorité d'affectation"
          value={oid}
          onChange={setOid}
          hint="OID de test du simulateur par défaut."
        />
      </ActionForm>
      <ActionForm
        title="Recherche par traits d'identité"
        submit="Rechercher par traits"
        busy={props.busy}
        missing={chosen(sex) ? [] : ['le sexe']}
        onSubmit={() =>
          chosen(sex) &&
          props.act({
            action: 'ps.searchByTraits',
            familyName: family,
            givenName: given,
            birthDate: birth,
            sex,
          })
        }
      >
        <TextField label="Nom de naissance" value={family} onChange={setFamily} />
        <TextField label="Prénom" value={given} onChange={setGiven} />
        <TextField label="Date de naissance (AAAA-MM-JJ)" value={birth} onChange={setBirth} />
        <SelectField
          label="Sexe"
          value={sex}
          options={[
            { value: 'F', label: 'Féminin' },
            { value: 'M', label: 'Masculin' },
          ]}
          onChange={setSex}
        />
      </ActionForm>
      {foundPatient !== undefined && (
        <p className="pl-found">Patient trouvé : {patientName(foundPatient)}.</p>
      )}
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
    </>
  );
}
