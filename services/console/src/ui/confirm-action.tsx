import { FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

interface ConfirmActionProps {
  /** The button that opens the confirmation. */
  readonly label: string;
  /** The button's name for assistive technology when `label` alone repeats in a list ("reject" → "reject 박한빛, 한빛정밀"). */
  readonly accessibleLabel?: string;
  readonly title: string;
  /** What confirming does, and what cannot be undone. */
  readonly body: string;
  readonly confirmLabel: string;
  /** When given, the confirmation asks for a reason (required, not blank) under this label. */
  readonly reasonLabel?: string;
  readonly disabled?: boolean;
  /** Runs the action; answers null when it is done (the dialog closes), else the message to show in the dialog. */
  readonly onConfirm: (reason: string) => Promise<string | null>;
}

/**
 * A button whose action waits for a confirmation in a modal dialog (the browser's own `<dialog>`:
 * focus moves into it and stays there, Escape cancels, focus returns to the button on close).
 */
export function ConfirmAction({ label, accessibleLabel, title, body, confirmLabel, reasonLabel, disabled, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const reasonMissing = reasonLabel !== undefined && reason.trim() === '';

  const close = () => {
    dialog.current?.close();
    setReason('');
    setError('');
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (reasonMissing) return setError(t('confirm.reasonRequired'));
    setBusy(true);
    const failure = await onConfirm(reason.trim()).catch(() => t('common.unexpected'));
    setBusy(false);
    if (failure === null) close();
    else setError(failure);
  };

  return (
    <>
      <button type="button" className="button button--secondary" disabled={disabled} aria-label={accessibleLabel} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={close}>
        <form onSubmit={(event) => void confirm(event)} noValidate>
          <h2 id={titleId}>{title}</h2>
          <p id={bodyId}>{body}</p>
          {reasonLabel !== undefined ? (
            <Field label={reasonLabel} errors={error ? [error] : []}>
              <textarea required value={reason} onChange={(event) => setReason(event.target.value)} />
            </Field>
          ) : (
            error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" className="button button--text" onClick={close}>
              {t('confirm.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
