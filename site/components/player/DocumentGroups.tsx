/** A DMP document list, as both spaces show it: by display category, most recent act first. */
import type { ComponentChildren } from 'preact';
import { documentsByCategory, frenchDay, typeLabel } from '../../ui/player/screens';
import type { ScreenDocument } from '../../ui/player/session';

export function DocumentGroups(props: {
  ids: readonly string[];
  known: ReadonlyMap<string, ScreenDocument>;
  /** An action offered next to each document (the professional's « Ouvrir »). */
  action?: (doc: ScreenDocument, title: string) => ComponentChildren;
}) {
  const groups = documentsByCategory(props.ids, props.known);
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
                    {d.author !== '' && `, par ${d.author}`}
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
