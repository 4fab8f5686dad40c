import { useTranslation } from 'react-i18next';
import { useLive } from './live-state';
import './live-notice.css';

/**
 * Under the header on every page: that another service is still taking in a change (what is shown
 * may not be final yet), or that the page no longer follows changes by itself. The region is always
 * there, so screen readers announce what appears in it.
 */
export function LiveNotice() {
  const { t } = useTranslation();
  const { pending, connection } = useLive();
  return (
    <div className="live-notice container" role="status" aria-live="polite" data-connection={connection}>
      {pending.length > 0 && <p className="live-notice__message live-notice__message--pending">{t('live.pending')}</p>}
      {connection === 'lost' && <p className="live-notice__message live-notice__message--lost">{t('live.lost')}</p>}
    </div>
  );
}
