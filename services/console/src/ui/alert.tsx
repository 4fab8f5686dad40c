import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemView } from '../api/problem';

/** The alert region: problems that name no field of the form, and outcomes of an action. */
export function Alert({ tone, children }: { readonly tone: 'danger' | 'success' | 'information'; readonly children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A problem's messages that name no field of the form; when some do, a line that says to look at the fields. */
export function ProblemAlert({ view }: { readonly view: ProblemView }) {
  const { t } = useTranslation();
  const messages = [...(Object.keys(view.byField).length > 0 ? [t('common.fixFields')] : []), ...view.general];
  if (messages.length === 0) return null;
  return (
    <Alert tone="danger">
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </Alert>
  );
}
