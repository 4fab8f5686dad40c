import 'krds-uiux/resources/css/token/krds_tokens.css';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { router } from './app/routes';
import { startI18n } from './i18n/i18n';
import { SessionProvider } from './session/session-context';

startI18n();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
