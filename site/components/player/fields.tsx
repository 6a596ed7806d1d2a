/** Small labelled form controls of the simulated screens (native elements: keyboard and screen readers for free). */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  /** A French message when the value cannot be sent; the field is then marked invalid. */
  error?: string | null;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = props.error ?? null;
  const described = [props.hint === undefined ? null : hintId, error === null ? null : errorId]
    .filter((x) => x !== null)
    .join(' ');
  const common = {
    id,
    value: props.value,
    'aria-describedby': described === '' ? undefined : described,
    'aria-invalid': error === null ? undefined : true,
  };
  return (
    <div className="pl-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint !== undefined && (
        <span className="pl-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.multiline === true ? (
        <textarea {...common} rows={2} onInput={(e) => props.onChange(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
      {error !== null && (
        <span className="pl-field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The value of a select that still shows its placeholder (nothing chosen yet). */
export const NOT_CHOSEN = '';

export function SelectField<V extends string>(props: {
  label: string;
  value: V | typeof NOT_CHOSEN;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
  /** Shown first while nothing is chosen (Entraînement: no value is chosen for the learner). */
  placeholder?: string;
  /** A line under the label, read with the field (what to do before choosing). */
  hint?: string | undefined;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="pl-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint !== undefined && (
        <span className="pl-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      <select
        id={id}
        aria-describedby={props.hint === undefined ? undefined : hintId}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
      >
        {(props.placeholder !== undefined || props.value === NOT_CHOSEN) && (
          <option value={NOT_CHOSEN}>{props.placeholder ?? '— Choisir —'}</option>
        )}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label className="pl-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />{' '}
      {props.children}
    </label>
  );
}

/** A form of the simulated software: submitting it sends one action. */
export function ActionForm(props: {
  title: string;
  submit: string;
  busy: boolean;
  onSubmit: () => void;
  children?: ComponentChildren;
  testId?: string;
  /** Labels of the lists still on « — Choisir — »: nothing is sent, a French message says which. */
  missing?: readonly string[];
}) {
  const id = useId();
  const [missing, setMissing] = useState<readonly string[]>([]);
  return (
    <form
      className="pl-form"
      aria-labelledby={id}
      data-testid={props.testId}
      onSubmit={(e) => {
        e.preventDefault();
        const unset = props.missing ?? [];
        setMissing(unset);
        if (!props.busy && unset.length === 0) props.onSubmit();
      }}
    >
      <h4 id={id}>{props.title}</h4>
      {props.children}
      {missing.length > 0 && (
        <p className="pl-field-error" role="alert">
          Choisissez d'abord : {missing.join(', ')}.
        </p>
      )}
      <button type="submit" disabled={props.busy}>
        {props.submit}
      </button>
    </form>
  );
}

/** The screens of a simulated space: buttons in a labelled navigation, the current one marked. */
export function ScreenTabs<S extends string>(props: {
  label: string;
  screens: readonly { readonly id: S; readonly label: string }[];
  current: S;
  onSelect: (screen: S) => void;
}) {
  return (
    <nav aria-label={props.label}>
      <ul className="pl-tabs">
        {props.screens.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={props.current === s.id ? 'page' : undefined}
              onClick={() => props.onSelect(s.id)}
            >
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
