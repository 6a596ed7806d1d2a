/** The software's login screen: the learner presents a card (CPS, e-CPS, CPE, CPF). */
import { useState } from 'preact/hooks';
import { CARD_TYPES, type CardType } from '../../../../src/dmp/index';
import { professionalLine, scripted } from '../../../ui/player/screens';
import { ActionForm, NOT_CHOSEN, SelectField } from '../fields';
import type { SpaceProps } from '../screen-props';
import { DmpAnswerBox } from '../DmpAnswerBox';
import { chosen } from './shared';

export function Login(props: SpaceProps) {
  const script = scripted(props.view.step, 'ps.login', props.prefill);
  const pro =
    props.role.kind === 'professional'
      ? props.world.professionals.get(props.role.professional)
      : undefined;
  const [card, setCard] = useState<CardType | typeof NOT_CHOSEN>(
    props.prefill ? (script.card ?? pro?.card.type ?? 'CPS') : NOT_CHOSEN,
  );
  const last = props.view.screens[props.role.id]?.panels['ps.login'];
  return (
    <>
      <ActionForm
        title="Connexion par carte (Pro Santé Connect simulé)"
        submit="Se connecter"
        busy={props.busy}
        missing={chosen(card) ? [] : ['la carte présentée']}
        onSubmit={() => chosen(card) && props.act({ action: 'ps.login', card })}
      >
        {pro !== undefined && <p>Utilisateur : {professionalLine(pro)}</p>}
        <SelectField
          label="Carte présentée"
          value={card}
          placeholder="— Choisir la carte —"
          options={CARD_TYPES.map((c) => ({ value: c, label: c }))}
          onChange={setCard}
        />
      </ActionForm>
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
    </>
  );
}
