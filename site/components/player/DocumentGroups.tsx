/** A DMP document list, as both spaces show it: by display category, most recent act first. */
import type { ComponentChildren } from 'preact';
import type { DocumentSummary } from '../../../src/scenario/wire/index';
import { authorName, documentsByCategory, frenchDay, typeLabel } from '../../ui/player/screens';

export function DocumentGroups(props: {
  /** The documents as the DMP listed them (in its display order). */
  documents: readonly DocumentSummary[];
  /** An action offered next to each document (the professional's « Ouvrir »). */
  action?: (doc: DocumentSummary, title: string) => ComponentChildren;
}) {
  const groups = documentsByCategory(props.documents);
  if (groups.length === 0) return <p>Aucun document visible.</p>;
  return (
    <>
      {groups.map((g) => (
        <div key={g.category} className="pl-doc-group">
          <h5>{g.label}</h5>
          <ul>
            {g.documents.map((d) => {
              const title = d.title || typeLabel(d.typeCode);
              return (
                <li key={d.id}>
                  <span>
                    {title} — {typeLabel(d.typeCode)}, du {frenchDay(d.serviceDate)}
                    {`, par ${authorName(d)}`}
                  </span>
                  {props.action !== undefined && <> {props.action(d, title)}</>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
