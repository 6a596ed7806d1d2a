/**
 * The professional's software, simulated: card login, patient search (INS or traits), the patient
 * file (consent, DMP opening, break-glass, documents by category and date, document view) and the
 * deposit form. Forms start from the step's script (the situation's facts); the learner picks the
 * screen and may change every field. Every answer shown comes from the DMP's last response.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  CARD_TYPES,
  DOCUMENT_TYPES,
  INS_OID_TEST,
  isInsQualified,
  type CardType,
  type ConsentForm,
  type ConsentGiver,
  type Patient,
} from '../../../src/dmp/index';
import { CONSENT_SCOPES, type OPEN_MODES } from '../../../src/scenario/vocabulary';

type ConsentScope = (typeof CONSENT_SCOPES)[number];
type OpenMode = (typeof OPEN_MODES)[number];
import {
  accessModeLabel,
  CONSENT_FORM_LABELS,
  CONSENT_GIVER_LABELS,
  frenchDay,
  identityNow,
  identityStatusLabel,
  patientName,
  professionalLine,
  scripted,
  typeLabel,
  wholeNumberIn,
} from '../../ui/player/screens';
import { ActionForm, CheckField, NOT_CHOSEN, ScreenTabs, SelectField, TextField } from './fields';
import type { SpaceProps } from './screen-props';
import { DmpAnswerBox } from './DmpAnswerBox';
import { DocumentGroups } from './DocumentGroups';

type Screen = 'connexion' | 'recherche' | 'dossier' | 'depot';

const SCREENS: readonly { id: Screen; label: string }[] = [
  { id: 'connexion', label: 'Connexion' },
  { id: 'recherche', label: 'Recherche patient' },
  { id: 'dossier', label: 'Dossier patient (DMP)' },
  { id: 'depot', label: 'Dépôt de document' },
];

const GIVERS = CONSENT_GIVER_LABELS;
const FORMS = CONSENT_FORM_LABELS;
const SCOPES: Record<(typeof CONSENT_SCOPES)[number], string> = {
  professional: 'Moi seul',
  'care-team': "Toute l'équipe de soins",
};
const options = <V extends string>(labels: Record<V, string>) =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

const TYPE_OPTIONS = Object.values(DOCUMENT_TYPES).map((t) => ({
  value: t.code,
  label: `${t.label} (${t.code})`,
}));

/** The latest of several answers a screen shows (by order of arrival). */
function latest<T extends { readonly seq: number }>(...answers: (T | undefined)[]): T | undefined {
  return answers
    .filter((a): a is T => a !== undefined)
    .sort((a, b) => a.seq - b.seq)
    .at(-1);
}

/** The patient whose file is open: the one last found (by INS or by traits), else the scenario's. */
function patientOf(props: SpaceProps): Patient | undefined {
  const screens = props.view.screens[props.role.id];
  const found = latest(screens?.['ps.searchByIns'], screens?.['ps.searchByTraits'])?.answer
    .patientId;
  return props.world.patients.get(found ?? props.world.defaultPatient);
}

const chosen = <V extends string>(v: V | typeof NOT_CHOSEN): v is V => v !== NOT_CHOSEN;

function Login(props: SpaceProps) {
  const script = scripted(props.view.step, 'ps.login', props.prefill);
  const pro =
    props.role.kind === 'professional'
      ? props.world.professionals.get(props.role.professional)
      : undefined;
  const [card, setCard] = useState<CardType | typeof NOT_CHOSEN>(
    props.prefill ? (script.card ?? pro?.card.type ?? 'CPS') : NOT_CHOSEN,
  );
  const last = props.view.screens[props.role.id]?.['ps.login'];
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

function Search(props: SpaceProps) {
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
  const screens = props.view.screens[props.role.id];
  const last = latest(screens?.['ps.searchByIns'], screens?.['ps.searchByTraits']);
  const found = last?.answer.patientId;
  const foundPatient = found === undefined ? undefined : props.world.patients.get(found);
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

function Consent(props: SpaceProps) {
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

function OpenDmp(props: SpaceProps) {
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
          { value: 'centre-de-regulation', label: 'Centre de régulation (SAMU – Centre 15)' },
        ]}
        onChange={setMode}
      />
    </ActionForm>
  );
}

function BreakGlass(props: SpaceProps) {
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
function QualifyIdentity(props: SpaceProps) {
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

function Documents(props: SpaceProps) {
  const screens = props.view.screens[props.role.id];
  const opening = latest(screens?.['ps.openDmp'], screens?.['ps.breakGlass']);
  const opened = screens?.['ps.openDocument'];
  const ids = opening?.answer.verdict.allowed === true ? (opening.answer.documents ?? []) : [];
  const openedDoc =
    opened === undefined || opened.action.action !== 'ps.openDocument'
      ? undefined
      : props.view.documents.get(opened.action.document);
  return (
    <section className="pl-documents" aria-labelledby="pl-docs-title">
      <h4 id="pl-docs-title">Documents du DMP</h4>
      {opening === undefined && <p>Ouvrez le DMP pour afficher la liste des documents.</p>}
      {opening !== undefined && <DmpAnswerBox answer={opening.answer} />}
      {opening?.answer.verdict.allowed === true && (
        <DocumentGroups
          ids={ids}
          known={props.view.documents}
          action={(d, title) => (
            <button
              type="button"
              disabled={props.busy}
              onClick={() =>
                props.act({
                  ...scripted(props.view.step, 'ps.openDocument', props.prefill),
                  action: 'ps.openDocument',
                  document: d.id,
                })
              }
              data-document={d.id}
            >
              Ouvrir<span className="sr-only"> « {title} »</span>
            </button>
          )}
        />
      )}
      {opened !== undefined && (
        <article className="pl-doc-view" aria-label="Document ouvert">
          {opened.answer.verdict.allowed && openedDoc !== undefined ? (
            <>
              <h5>{openedDoc.title || typeLabel(openedDoc.typeCode)}</h5>
              <p>
                {typeLabel(openedDoc.typeCode)} — acte du {frenchDay(openedDoc.serviceDate)}
                {openedDoc.author !== '' && ` — auteur : ${openedDoc.author}`}
              </p>
              {openedDoc.summary !== '' && <p className="pl-doc-body">{openedDoc.summary}</p>}
            </>
          ) : (
            <DmpAnswerBox answer={opened.answer} />
          )}
        </article>
      )}
    </section>
  );
}

/**
 * A document the situation names but the list does not show (masked, not yet visible): the learner
 * may still try to open it by its reference. Never offered for a document the list shows, so the
 * form does not point at the answer.
 */
function DocumentByReference(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.openDocument');
  if (s.document === undefined) return null;
  const screens = props.view.screens[props.role.id];
  const listed =
    latest(screens?.['ps.openDmp'], screens?.['ps.breakGlass'])?.answer.documents ?? [];
  const id = props.view.documents.get(s.document)?.id ?? s.document;
  if (listed.includes(id)) return null;
  const doc = props.view.documents.get(s.document);
  const label = doc === undefined ? s.document : doc.title || typeLabel(doc.typeCode);
  return (
    <ActionForm
      title="Ouvrir un document par sa référence"
      submit={`Ouvrir « ${label} »`}
      busy={props.busy}
      onSubmit={() => props.act({ ...s, action: 'ps.openDocument', document: s.document! })}
    >
      <p>
        La consigne cite ce document : vous pouvez tenter de l'ouvrir même s'il n'apparaît pas dans
        la liste.
      </p>
    </ActionForm>
  );
}

function Deposit(props: SpaceProps) {
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
  const last = props.view.screens[props.role.id]?.['ps.deposit'];
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

/**
 * The patient banner of the professional software: who, born when, the INS and its identity status
 * (the INS is used with the DMP only when qualified), and how the DMP access stands.
 */
function PatientBanner({ patient, access }: { patient: Patient; access: string }) {
  const qualified = isInsQualified(patient);
  return (
    <dl className="pl-patient-banner" aria-label="Patient">
      <div>
        <dt>Patient</dt>
        <dd>
          <strong>{patientName(patient)}</strong>
        </dd>
      </div>
      <div>
        <dt>INS</dt>
        <dd>
          <code>{patient.ins.matricule}</code> ({identityStatusLabel(patient)}
          {qualified ? '' : ' : cette INS ne peut pas servir avec le DMP'})
        </dd>
      </div>
      <div>
        <dt>Accès au DMP</dt>
        <dd data-testid="access-mode">{access}</dd>
      </div>
    </dl>
  );
}

export default function ProSpace(props: SpaceProps) {
  const loggedIn = props.view.screens[props.role.id]?.['ps.login']?.answer.verdict.allowed === true;
  const [screen, setScreen] = useState<Screen>(loggedIn ? 'dossier' : 'connexion');
  // Once the card is accepted, the software opens on the patient file, as real ones do.
  useEffect(() => {
    if (loggedIn) setScreen((s) => (s === 'connexion' ? 'dossier' : s));
  }, [loggedIn]);
  const stepKey = props.view.step?.id ?? 'fin';
  const found = patientOf(props);
  const patient =
    found === undefined
      ? undefined
      : identityNow(found, props.view.screens, props.view.run.happened, props.world.defaultPatient);
  return (
    <section className="pl-space pl-space-pro" aria-labelledby="pl-space-title">
      <h3 id="pl-space-title">
        Logiciel du professionnel (simulation)
        <span className="pl-space-badge">Données fictives</span>
      </h3>
      <ScreenTabs
        label="Écrans du logiciel"
        screens={SCREENS}
        current={screen}
        onSelect={setScreen}
      />
      <div className="pl-screen" key={stepKey}>
        {screen === 'connexion' && <Login {...props} />}
        {screen === 'recherche' && <Search {...props} />}
        {screen === 'dossier' && (
          <>
            {patient !== undefined && (
              <PatientBanner
                patient={patient}
                access={accessModeLabel(props.view.screens[props.role.id])}
              />
            )}
            <div className="pl-grid">
              <Consent {...props} />
              <OpenDmp {...props} />
              <BreakGlass {...props} />
              <QualifyIdentity {...props} />
            </div>
            <Documents {...props} />
            <DocumentByReference {...props} />
          </>
        )}
        {screen === 'depot' && <Deposit {...props} />}
      </div>
    </section>
  );
}
