/** The patient's documents as the DMP lists them (by category and date), and one opened by reference. */
import { openedDocument } from '../../../ui/player/role-screen';
import { authorName, frenchDay, scripted, typeLabel } from '../../../ui/player/screens';
import { ActionForm } from '../fields';
import type { SpaceProps } from '../screen-props';
import { DmpAnswerBox } from '../DmpAnswerBox';
import { DocumentGroups } from '../DocumentGroups';

export function Documents(props: SpaceProps) {
  const screen = props.view.screens[props.role.id];
  const opening = screen?.panels.opening;
  const opened = screen?.panels['ps.openDocument'];
  const shown = openedDocument(screen, props.view.documents);
  return (
    <section className="pl-documents" aria-labelledby="pl-docs-title">
      <h4 id="pl-docs-title">Documents du DMP</h4>
      {opening === undefined && <p>Ouvrez le DMP pour afficher la liste des documents.</p>}
      {opening !== undefined && <DmpAnswerBox answer={opening.answer} />}
      {opening?.answer.verdict.allowed === true && (
        <DocumentGroups
          documents={screen?.listing ?? []}
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
          {shown !== undefined ? (
            <>
              <h5>{shown.document.title || typeLabel(shown.document.typeCode)}</h5>
              <p>
                {typeLabel(shown.document.typeCode)} — acte du{' '}
                {frenchDay(shown.document.serviceDate)}
                {` — auteur : ${authorName(shown.document)}`}
              </p>
              {shown.content !== '' && <p className="pl-doc-body">{shown.content}</p>}
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
export function DocumentByReference(props: SpaceProps) {
  const s = scripted(props.view.step, 'ps.openDocument');
  if (s.document === undefined) return null;
  const listed = props.view.screens[props.role.id]?.listing ?? [];
  const id = props.view.documents.get(s.document)?.id ?? s.document;
  if (listed.some((d) => d.id === id)) return null;
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
