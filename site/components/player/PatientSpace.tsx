/**
 * Mon espace santé, simulated: activity history, documents (adding, masking, deleting), blocking
 * professionals, emergency access settings, activation and oppositions to deposit; for a legal
 * representative, the minor's profile.
 * Forms start from the step's script; every answer shown is the DMP's last response.
 */
import { useState } from 'preact/hooks';
import { DOCUMENT_TYPES } from '../../../src/dmp/index';
import { maskingChoices } from '../../ui/player/role-screen';
import { blockingInForce, patientName, professionalLine, scripted } from '../../ui/player/screens';
import { DmpAnswerBox } from './DmpAnswerBox';
import { DocumentGroups } from './DocumentGroups';
import { ActionForm, CheckField, NOT_CHOSEN, ScreenTabs, SelectField, TextField } from './fields';
import type { SpaceProps } from './screen-props';

type Screen = 'historique' | 'documents' | 'confidentialite' | 'urgence' | 'compte';

const SCREENS: readonly { id: Screen; label: string }[] = [
  { id: 'historique', label: 'Historique' },
  { id: 'documents', label: 'Documents' },
  { id: 'confidentialite', label: 'Blocage des professionnels' },
  { id: 'urgence', label: "Accès en cas d'urgence" },
  { id: 'compte', label: 'Activation et oppositions' },
];

const PATIENT_TYPES = Object.values(DOCUMENT_TYPES)
  .filter((t) => t.classCode === '90')
  .map((t) => ({ value: t.code, label: t.label }));

function History(props: SpaceProps) {
  const last = props.view.screens[props.role.id]?.panels['patient.viewHistory'];
  return (
    <section aria-labelledby="pl-history-title">
      <h4 id="pl-history-title">Historique d'activité</h4>
      <button
        type="button"
        disabled={props.busy}
        onClick={() => props.act({ action: 'patient.viewHistory' })}
      >
        Afficher l'historique
      </button>
      {last !== undefined && !last.answer.verdict.allowed && <DmpAnswerBox answer={last.answer} />}
      {last?.answer.verdict.allowed === true && (
        <ol className="pl-history" aria-label="Accès et actions sur votre dossier">
          {(last.answer.lines ?? []).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {(last.answer.lines ?? []).length === 0 && <li>Aucune activité.</li>}
        </ol>
      )}
    </section>
  );
}

function Documents(props: SpaceProps) {
  const last = props.view.screens[props.role.id]?.panels['patient.viewDocuments'];
  const s = scripted(props.view.step, 'patient.addDocument', props.prefill);
  const [type, setType] = useState<string>(
    s.type ?? (props.prefill ? (PATIENT_TYPES[0]?.value ?? '') : NOT_CHOSEN),
  );
  const [title, setTitle] = useState(s.title ?? '');
  const [date, setDate] = useState(s.serviceDate ?? '');
  const [masked, setMasked] = useState(s.maskedFromProfessionals ?? false);
  const added = props.view.screens[props.role.id]?.panels['patient.addDocument'];
  return (
    <section aria-labelledby="pl-mydocs-title">
      <h4 id="pl-mydocs-title">Mes documents</h4>
      <button
        type="button"
        disabled={props.busy}
        onClick={() => props.act({ action: 'patient.viewDocuments' })}
      >
        Afficher mes documents
      </button>
      {last !== undefined && !last.answer.verdict.allowed && <DmpAnswerBox answer={last.answer} />}
      {last?.answer.verdict.allowed === true && (
        <DocumentGroups documents={last.answer.summaries ?? []} />
      )}
      <ActionForm
        title="Ajouter un document personnel"
        submit="Ajouter le document"
        busy={props.busy}
        missing={type === NOT_CHOSEN ? ['le type de document'] : []}
        onSubmit={() =>
          props.act({
            ...s,
            action: 'patient.addDocument',
            type,
            ...(title.trim() === '' ? {} : { title: title.trim() }),
            ...(date === '' ? {} : { serviceDate: date }),
            maskedFromProfessionals: masked,
          })
        }
      >
        <SelectField
          label="Type de document"
          value={type}
          options={PATIENT_TYPES}
          onChange={setType}
        />
        <TextField label="Titre" value={title} onChange={setTitle} />
        <TextField label="Date du document" type="date" value={date} onChange={setDate} />
        <CheckField checked={masked} onChange={setMasked}>
          Masquer ce document aux professionnels
        </CheckField>
      </ActionForm>
      {added !== undefined && <DmpAnswerBox answer={added.answer} />}
      <Masking {...props} />
    </section>
  );
}

/**
 * Mask a document from professionals (or unmask it), or delete it: the documents the DMP lets the
 * patient see, as its last list gave them (`maskingChoices`). The DMP decides (only the author
 * deletes a document).
 */
function Masking(props: SpaceProps) {
  const s = scripted(props.view.step, 'patient.maskDocument', props.prefill);
  const d = scripted(props.view.step, 'patient.deleteDocument', props.prefill);
  // A document named by `as:` is known to the player by its id only.
  const scriptedRef = s.document ?? d.document;
  const scriptedId =
    scriptedRef === undefined
      ? undefined
      : (props.view.run.aliases[scriptedRef]?.id ?? scriptedRef);
  const listed = maskingChoices(
    props.view.screens[props.role.id],
    props.view.documents,
    scriptedId,
  );
  const choices = listed ?? [];
  const [doc, setDoc] = useState<string>(
    scriptedId ?? (props.prefill ? (choices[0]?.value ?? '') : NOT_CHOSEN),
  );
  const [missing, setMissing] = useState(false);
  const chosen = () => {
    setMissing(doc === NOT_CHOSEN);
    return doc !== NOT_CHOSEN;
  };
  const send = (masked: boolean) => {
    if (chosen()) props.act({ action: 'patient.maskDocument', document: doc, masked });
  };
  const remove = () => {
    if (chosen()) props.act({ action: 'patient.deleteDocument', document: doc });
  };
  const panels = props.view.screens[props.role.id]?.panels;
  const last = panels?.['patient.maskDocument'];
  const deleted = panels?.['patient.deleteDocument'];
  return (
    <form className="pl-form" aria-labelledby="pl-mask-title" onSubmit={(e) => e.preventDefault()}>
      <h5 id="pl-mask-title">Masquer ou supprimer un document</h5>
      <SelectField
        label="Document"
        value={doc}
        placeholder="— Choisir un document —"
        options={choices}
        onChange={setDoc}
        hint={
          listed === null
            ? "Affichez d'abord vos documents pour choisir celui à masquer ou à supprimer."
            : undefined
        }
      />
      {missing && (
        <p className="pl-field-error" role="alert">
          Choisissez d'abord un document.
        </p>
      )}
      <div className="pl-buttons">
        <button type="button" disabled={props.busy} onClick={() => send(true)}>
          Masquer ce document
        </button>
        <button type="button" disabled={props.busy} onClick={() => send(false)}>
          Démasquer ce document
        </button>
        <button type="button" disabled={props.busy} onClick={remove}>
          Supprimer ce document
        </button>
      </div>
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
      {deleted !== undefined && <DmpAnswerBox answer={deleted.answer} />}
    </form>
  );
}

/** Activating Mon espace santé, and opposing deposits for a legitimate reason (R41, R42). */
function Account(props: SpaceProps) {
  const s = scripted(props.view.step, 'patient.opposeDeposit', props.prefill);
  const [reason, setReason] = useState(s.reason ?? '');
  const choices = [...props.world.professionals.entries()]
    .map(([id, p]) => ({ value: id, label: professionalLine(p) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  const ALL = 'tous';
  const [who, setWho] = useState<string>(s.professional ?? ALL);
  const panels = props.view.screens[props.role.id]?.panels;
  const activated = panels?.['patient.activateSpace'];
  const opposed = panels?.['patient.opposeDeposit'];
  return (
    <>
      <section className="pl-form" aria-labelledby="pl-activate-title">
        <h4 id="pl-activate-title">Activation de Mon espace santé</h4>
        <p>
          Le dossier médical partagé existe même si l'espace n'a jamais été activé ; l'activer
          permet de le consulter et de régler qui y accède. À 18 ans, le jeune dont le profil était
          géré par un représentant légal active ici son propre compte, avec les codes qu'il a reçus.
        </p>
        <button
          type="button"
          disabled={props.busy}
          onClick={() => props.act({ action: 'patient.activateSpace' })}
        >
          Activer Mon espace santé
        </button>
        {activated !== undefined && <DmpAnswerBox answer={activated.answer} />}
      </section>
      <ActionForm
        title="M'opposer au dépôt de documents"
        submit="M'opposer au dépôt"
        busy={props.busy}
        onSubmit={() =>
          props.act({
            action: 'patient.opposeDeposit',
            reason: reason.trim(),
            ...(who === ALL ? {} : { professional: who }),
          })
        }
      >
        <SelectField
          label="Professionnel visé"
          value={who}
          options={[{ value: ALL, label: 'Tous les professionnels' }, ...choices]}
          onChange={setWho}
        />
        <TextField label="Motif légitime" value={reason} onChange={setReason} multiline />
      </ActionForm>
      {opposed !== undefined && <DmpAnswerBox answer={opposed.answer} />}
    </>
  );
}

function Blocking(props: SpaceProps) {
  const block = scripted(props.view.step, 'patient.block', props.prefill);
  const unblock = scripted(props.view.step, 'patient.unblock', props.prefill);
  const all = scripted(props.view.step, 'patient.blockAll', props.prefill);
  // Every professional of the simulated world, as the real search would find them, never only the
  // one the step is about (Découverte keeps the scenario's own list).
  const listed =
    props.prefill && props.world.declared.professionals.length > 0
      ? props.world.declared.professionals
      : [...props.world.professionals.keys()];
  const choices = listed
    .flatMap((id) => {
      const p = props.world.professionals.get(id);
      return p === undefined || p.rpps === null ? [] : [{ value: id, label: professionalLine(p) }];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  const [who, setWho] = useState<string>(
    block.professional ??
      unblock.professional ??
      (props.prefill ? (choices[0]?.value ?? '') : NOT_CHOSEN),
  );
  const [missing, setMissing] = useState(false);
  const pick = (action: 'patient.block' | 'patient.unblock') => {
    setMissing(who === NOT_CHOSEN);
    if (who !== NOT_CHOSEN) props.act({ action, professional: who });
  };
  const last = props.view.screens[props.role.id]?.panels.blocking;
  const patient =
    props.role.kind === 'professional' ? undefined : props.world.patients.get(props.role.patient);
  const inForce =
    patient === undefined
      ? undefined
      : blockingInForce(patient, props.role.id, props.view.log, props.world.professionals);
  return (
    <section aria-labelledby="pl-block-title">
      <h4 id="pl-block-title">Bloquer l'accès de professionnels</h4>
      {inForce !== undefined && (
        <div className="pl-block-state" data-testid="blocking-in-force">
          <p>
            {inForce.all
              ? 'Blocage général en place : aucun professionnel ne peut consulter votre dossier.'
              : inForce.names.length === 0
                ? 'Aucun professionnel bloqué.'
                : 'Professionnels bloqués :'}
          </p>
          {inForce.names.length > 0 && (
            <ul>
              {inForce.names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form className="pl-form" aria-labelledby="pl-block-one" onSubmit={(e) => e.preventDefault()}>
        <h5 id="pl-block-one">Un professionnel en particulier</h5>
        <SelectField
          label="Professionnel"
          value={who}
          placeholder="— Choisir un professionnel —"
          options={choices}
          onChange={setWho}
        />
        {missing && (
          <p className="pl-field-error" role="alert">
            Choisissez d'abord un professionnel.
          </p>
        )}
        <div className="pl-buttons">
          <button type="button" disabled={props.busy} onClick={() => pick('patient.block')}>
            Bloquer ce professionnel
          </button>
          <button type="button" disabled={props.busy} onClick={() => pick('patient.unblock')}>
            Débloquer ce professionnel
          </button>
        </div>
      </form>
      <div className="pl-form">
        <h5>Tous les professionnels</h5>
        <div className="pl-buttons">
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.act({ ...all, action: 'patient.blockAll', all: true })}
          >
            Bloquer tous les professionnels
          </button>
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.act({ ...all, action: 'patient.blockAll', all: false })}
          >
            Lever le blocage général
          </button>
        </div>
      </div>
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
    </section>
  );
}

function Emergency(props: SpaceProps) {
  const s = scripted(props.view.step, 'patient.setEmergencySettings', props.prefill);
  const patient =
    props.role.kind === 'professional' ? undefined : props.world.patients.get(props.role.patient);
  // The screen shows the settings in force: the last ones the DMP accepted, else the patient's.
  const saved = props.view.screens[props.role.id]?.panels['patient.setEmergencySettings'];
  const current =
    saved?.answer.verdict.allowed === true && saved.action.action === 'patient.setEmergencySettings'
      ? saved.action
      : patient?.emergency;
  const [samu, setSamu] = useState(s.allowSamu ?? current?.allowSamu ?? true);
  const [others, setOthers] = useState(
    s.allowOtherProfessionals ?? current?.allowOtherProfessionals ?? true,
  );
  const [masked, setMasked] = useState(
    s.allowMaskedDocumentsInEmergency ?? current?.allowMaskedDocumentsInEmergency ?? false,
  );
  const last = props.view.screens[props.role.id]?.panels['patient.setEmergencySettings'];
  return (
    <>
      <ActionForm
        title="Accès à mon profil médical en cas d'urgence"
        submit="Enregistrer mes choix"
        busy={props.busy}
        onSubmit={() =>
          props.act({
            action: 'patient.setEmergencySettings',
            allowSamu: samu,
            allowOtherProfessionals: others,
            allowMaskedDocumentsInEmergency: masked,
          })
        }
      >
        <CheckField checked={samu} onChange={setSamu}>
          Autoriser le SAMU – Centre 15 à accéder à mon dossier
        </CheckField>
        <CheckField checked={others} onChange={setOthers}>
          Autoriser les autres professionnels à y accéder en urgence (bris de glace)
        </CheckField>
        <CheckField checked={masked} onChange={setMasked}>
          Rendre mes documents masqués visibles en cas d'urgence
        </CheckField>
      </ActionForm>
      {last !== undefined && <DmpAnswerBox answer={last.answer} />}
    </>
  );
}

function MinorProfile(props: SpaceProps) {
  if (props.role.kind !== 'representative') return null;
  const child = props.world.patients.get(props.role.patient);
  const last = props.view.screens[props.role.id]?.panels['representative.viewDocuments'];
  return (
    <section className="pl-space pl-space-mes" aria-labelledby="pl-space-title">
      <h3 id="pl-space-title">
        Mon espace santé — profil de l'enfant (simulation){' '}
        <span className="pl-space-badge">Données fictives</span>
      </h3>
      {child !== undefined && (
        <p>Profil de l'enfant : {patientName(child)}. Vous le gérez comme représentant légal.</p>
      )}
      <button
        type="button"
        disabled={props.busy}
        onClick={() => props.act({ action: 'representative.viewDocuments' })}
      >
        Voir les documents de l'enfant
      </button>
      {last !== undefined && !last.answer.verdict.allowed && <DmpAnswerBox answer={last.answer} />}
      {last?.answer.verdict.allowed === true && (
        <DocumentGroups documents={last.answer.summaries ?? []} />
      )}
    </section>
  );
}

export default function PatientSpace(props: SpaceProps) {
  const [screen, setScreen] = useState<Screen>('historique');
  if (props.role.kind === 'representative') return <MinorProfile {...props} />;
  const patient =
    props.role.kind === 'patient' ? props.world.patients.get(props.role.patient) : undefined;
  return (
    <section className="pl-space pl-space-mes" aria-labelledby="pl-space-title">
      <h3 id="pl-space-title">
        Mon espace santé (simulation) <span className="pl-space-badge">Données fictives</span>
      </h3>
      {patient !== undefined && <p>Connecté(e) : {patientName(patient)}.</p>}
      <ScreenTabs
        label="Rubriques de Mon espace santé"
        screens={SCREENS}
        current={screen}
        onSelect={setScreen}
      />
      <div className="pl-screen" key={props.view.step?.id ?? 'fin'}>
        {screen === 'historique' && <History {...props} />}
        {screen === 'documents' && <Documents {...props} />}
        {screen === 'confidentialite' && <Blocking {...props} />}
        {screen === 'urgence' && <Emergency {...props} />}
        {screen === 'compte' && <Account {...props} />}
      </div>
    </section>
  );
}
