/**
 * « Ai-je accès ? »: a form describing the practitioner, the patient and the document, and the core's
 * verdicts (consult, open, deposit) with their explanation, rule ids and FAQ links. Plain React
 * state; every decision comes from `checkAccess` (site/ui/access-checker.ts), never from here.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { assumptionHref } from '../ui/assumption-link';
import { assumptionById, type Decision } from '../ui/dmp-client';
import { checkAccess } from '../ui/access-checker';
import { DEFAULT_FORM, type CheckerForm } from '../ui/access-checker-form';
import {
  CARD_CHOICES,
  citationsOf,
  decisionTitle,
  DOCUMENT_TYPE_GROUPS,
  PROFESSION_GROUPS,
  SETTING_CHOICES,
  type Choice,
  type ChoiceGroup,
} from '../ui/access-checker-options';
import type { FaqLinks } from '../ui/faq-links';

type Set = <K extends keyof CheckerForm>(key: K, value: CheckerForm[K]) => void;

function Radios<K extends keyof CheckerForm>(props: {
  name: K;
  legend: string;
  choices: readonly Choice<CheckerForm[K] & string>[];
  form: CheckerForm;
  set: Set;
}) {
  return (
    <fieldset className="radios">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={`aa-${props.name}`}
            value={c.value}
            checked={props.form[props.name] === c.value}
            onChange={() => props.set(props.name, c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function Check(props: {
  name: keyof CheckerForm;
  form: CheckerForm;
  set: Set;
  children: ComponentChildren;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        name={`aa-${props.name}`}
        checked={props.form[props.name] === true}
        onChange={(e) => props.set(props.name, e.currentTarget.checked)}
      />{' '}
      {props.children}
    </label>
  );
}

function Select<K extends 'profession' | 'card' | 'documentType'>(props: {
  name: K;
  label: string;
  groups: readonly ChoiceGroup<CheckerForm[K]>[];
  form: CheckerForm;
  set: Set;
}) {
  const id = `aa-${props.name}`;
  const options = (choices: readonly Choice<CheckerForm[K]>[]) =>
    choices.map((c) => (
      <option key={c.value} value={c.value}>
        {c.label}
      </option>
    ));
  return (
    <p className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.form[props.name]}
        onChange={(e) => props.set(props.name, e.currentTarget.value as CheckerForm[K])}
      >
        {props.groups.length === 1
          ? options(props.groups[0]?.choices ?? [])
          : props.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {options(g.choices)}
              </optgroup>
            ))}
      </select>
    </p>
  );
}

/** One verdict of the checker: « Oui », « Non » or a neutral « Non documenté », with its explanation. */
export function Verdict(props: {
  id: string;
  question: string;
  decision: Decision;
  links: FaqLinks;
  same?: boolean;
}) {
  const { decision: d } = props;
  const { rules, faq } = citationsOf(d, props.links);
  // The sources neither grant nor refuse: a neutral « non documenté », never a red « Non ».
  const undocumented = !d.allowed && d.code === 'DMP.PROFESSION_UNDOCUMENTED';
  const kind = d.allowed ? 'yes' : undocumented ? 'undocumented' : 'no';
  return (
    <article className={`verdict ${kind}`} aria-labelledby={props.id} data-verdict={props.id}>
      <h3 id={props.id}>{props.question}</h3>
      <p className="answer">
        <span aria-hidden="true">{d.allowed ? '✓' : undocumented ? '?' : '✗'}</span>{' '}
        <strong>{d.allowed ? 'Oui' : undocumented ? 'Non documenté' : 'Non'}</strong> —{' '}
        {decisionTitle(d)}
      </p>
      {props.same ? (
        <p>
          Même motif que pour l'accès au DMP : sans accès au dossier, aucun document ne s'ouvre.
        </p>
      ) : (
        <>
          <p>{d.explanation}</p>
          {d.allowed && d.notices.length > 0 && (
            <ul className="notices">
              {d.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {(d.assumptions ?? []).map((id) => (
            <p key={id} className="assumption" data-assumption={id}>
              Hypothèse du simulateur (<a href={assumptionHref(id)}>{id}</a>) :{' '}
              {assumptionById(id).summary}
            </p>
          ))}
          {faq.length <= 2 ? (
            <p className="why">
              {rules.length > 0 && <>Règles {rules.join(', ')}. </>}
              {faq.length > 0 && <>Pour en savoir plus : </>}
              {faq.map((f, i) => (
                <span key={f.id}>
                  {i > 0 && ' ; '}
                  <a href={f.href}>{f.question}</a>
                </span>
              ))}
            </p>
          ) : (
            <details className="why">
              <summary>
                Ce qui a été vérifié : {rules.length} règles, {faq.length} questions de la FAQ
              </summary>
              <p>Règles {rules.join(', ')}.</p>
              <ul>
                {faq.map((f) => (
                  <li key={f.id}>
                    <a href={f.href}>{f.question}</a>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </article>
  );
}

const yesNo = (d: Decision) => (d.allowed ? 'oui' : 'non');

/** The « Ai-je accès ? » tool; `faqLinks` comes from the server (`faqLinks()`). */
export default function AccessChecker({ faqLinks }: { faqLinks: FaqLinks }) {
  const [form, setForm] = useState<CheckerForm>(DEFAULT_FORM);
  const set: Set = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const v = useMemo(() => checkAccess(form), [form]);
  const representative =
    form.age === 'turned-adult'
      ? 'son ancien représentant légal (parent)'
      : 'son représentant légal (parent, tuteur)';
  return (
    <div className="access-checker">
      <form onSubmit={(e) => e.preventDefault()} aria-label="Votre situation">
        <fieldset>
          <legend>Vous</legend>
          <Select
            name="profession"
            label="Profession"
            groups={PROFESSION_GROUPS}
            form={form}
            set={set}
          />
          <Radios
            name="setting"
            legend="Mode d'exercice"
            choices={SETTING_CHOICES}
            form={form}
            set={set}
          />
          <Select
            name="card"
            label="Carte de connexion"
            groups={[{ label: 'Cartes', choices: CARD_CHOICES }]}
            form={form}
            set={set}
          />
        </fieldset>
        <fieldset>
          <legend>Le patient</legend>
          <Radios
            name="age"
            legend="Âge"
            choices={[
              { value: 'adult', label: 'Majeur' },
              { value: 'minor', label: 'Mineur' },
              { value: 'turned-adult', label: 'Devenu majeur récemment (ancien mineur)' },
            ]}
            form={form}
            set={set}
          />
          {form.age === 'minor' && (
            <Check name="secretConnection" form={form} set={set}>
              Le mineur vous a demandé le secret pour cet épisode de soins (connexion secrète)
            </Check>
          )}
          <Check name="insQualified" form={form} set={set}>
            Identité INS qualifiée
          </Check>
          <Radios
            name="consent"
            legend="Consentement pour cet épisode de soins"
            choices={[
              { value: 'none', label: 'Non recueilli' },
              { value: 'patient', label: 'Recueilli auprès du patient' },
              { value: 'representative', label: `Recueilli auprès de ${representative}` },
            ]}
            form={form}
            set={set}
          />
          <Check name="opposition" form={form} set={set}>
            Le patient s'est opposé à la consultation (opposition tracée)
          </Check>
          <Radios
            name="blocked"
            legend="Blocage dans Mon espace santé"
            choices={[
              { value: 'none', label: 'Aucun blocage' },
              { value: 'me', label: 'Le patient vous a bloqué' },
              { value: 'all', label: 'Le patient a bloqué tous les professionnels' },
            ]}
            form={form}
            set={set}
          />
        </fieldset>
        <fieldset>
          <legend>Urgence</legend>
          <Check name="emergency" form={form} set={set}>
            Accès en urgence, en mode bris de glace
          </Check>
          {form.emergency && (
            <>
              <Check name="patientUnableToConsent" form={form} set={set}>
                Le patient est en danger et ne peut pas exprimer son consentement
              </Check>
              <p className="field">
                <label htmlFor="aa-motive">Motif « urgence » saisi (laisser vide si aucun)</label>
                <input
                  id="aa-motive"
                  type="text"
                  value={form.motive}
                  onInput={(e) => set('motive', e.currentTarget.value)}
                />
              </p>
              <Check name="emergencyRefusedInAdvance" form={form} set={set}>
                Le patient a refusé par avance l'accès en urgence (réglage de Mon espace santé)
              </Check>
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>Le document</legend>
          <Select
            name="documentType"
            label="Type de document"
            groups={DOCUMENT_TYPE_GROUPS}
            form={form}
            set={set}
          />
          <Check name="patientInformedOfDeposit" form={form} set={set}>
            J'ai informé le patient du dépôt (mon devoir ; le DMP ne le vérifie pas)
          </Check>
          <Check name="hiddenFromRepresentatives" form={form} set={set}>
            Document déposé invisible aux représentants légaux
          </Check>
          <Check name="depositOpposition" form={form} set={set}>
            Le patient s'oppose au dépôt pour un motif légitime
          </Check>
        </fieldset>
        {/* Narrow screens: the verdicts sit below the form, so keep a short summary in view. */}
        <a className="jump" href="#aa-result">
          Réponse : consulter {yesNo(v.consultation)}, ouvrir {yesNo(v.document)}, déposer{' '}
          {yesNo(v.deposit)}
          <span aria-hidden="true"> ↓</span>
        </a>
      </form>
      <section className="verdicts" aria-labelledby="aa-result">
        <h2 id="aa-result">Ce que vous pouvez faire</h2>
        <div aria-live="polite">
          <Verdict
            id="aa-consult"
            question="Consulter le DMP ?"
            decision={v.consultation}
            links={faqLinks}
          />
          <Verdict
            id="aa-open"
            question="Ouvrir ce document ?"
            decision={v.document}
            links={faqLinks}
            same={!v.consultation.allowed && v.document.code === v.consultation.code}
          />
          <Verdict
            id="aa-deposit"
            question="Déposer ce type de document ?"
            decision={v.deposit}
            links={faqLinks}
          />
          {v.formerRepresentative && (
            <Verdict
              id="aa-representative"
              question="L'ancien représentant légal garde-t-il l'accès ?"
              decision={v.formerRepresentative}
              links={faqLinks}
            />
          )}
        </div>
      </section>
    </div>
  );
}
