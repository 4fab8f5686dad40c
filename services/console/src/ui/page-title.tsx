import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's heading, also the document title, so a screen reader and the tab say where one is. */
export function PageTitle({ children }: { readonly children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    const service = t('app.name');
    document.title = children === service ? service : `${children} | ${service}`;
  }, [children, t]);
  return <h1>{children}</h1>;
}
