import { cloneElement, ReactElement, useId } from 'react';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  /** Messages of the check as typed, or of the server's problem for this field. */
  readonly errors?: readonly string[];
  /** Confirmation shown when the value passes the check as typed (e.g. the check digit). */
  readonly valid?: string;
  readonly children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and its errors tied to it for assistive technology. */
export function Field({ label, hint, errors = [], valid, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [hint ? hintId : null, errors.length > 0 || valid ? messageId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0 || undefined })}
      {errors.length > 0 ? (
        <p id={messageId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : (
        valid && (
          <p id={messageId} className="field__valid">
            {valid}
          </p>
        )
      )}
    </div>
  );
}
