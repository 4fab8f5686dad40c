import { createBrowserRouter } from 'react-router-dom';
import { ApplicantRegistrationsPage } from '../features/applicant-registrations/applicant-registrations.page';
import { ApprovalsPage } from '../features/approvals/approvals.page';
import { AuditPage } from '../features/audit/audit.page';
import { BudgetPage } from '../features/budget/budget.page';
import { GrantsPage } from '../features/grants/grants.page';
import { ReportsPage } from '../features/reports/reports.page';
import { RoutingPage } from '../features/routing/routing.page';
import { GrantPage } from '../features/grant/grant.page';
import { ApplicationFormPage } from '../features/application-form/application-form.page';
import { CenterApplicationPage } from '../features/center-inbox/center-application.page';
import { CenterInboxPage } from '../features/center-inbox/center-inbox.page';
import { NotFoundPage } from '../features/errors/not-found.page';
import { EvaluationPage } from '../features/evaluation/evaluation.page';
import { HomePage } from '../features/home/home.page';
import { EngagementsPage } from '../features/mentoring-engagements/engagements.page';
import { ApplicationDetailPage } from '../features/my-applications/application-detail.page';
import { MyApplicationsPage } from '../features/my-applications/my-applications.page';
import { PrivacyErasurePage } from '../features/privacy/privacy-erasure.page';
import { ProgramCallPage } from '../features/program-calls/program-call.page';
import { ProgramCallsPage } from '../features/program-calls/program-calls.page';
import { SelectionPage } from '../features/selection/selection.page';
import { WorkQueuePage } from '../features/work-queue/work-queue.page';
import { Layout } from '../ui/layout';
import { RequireRole } from './require-role';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'applicant',
        element: <RequireRole roles={['applicant']} />,
        children: [
          { path: 'applications', element: <MyApplicationsPage /> },
          { path: 'applications/:applicationId', element: <ApplicationDetailPage /> },
          { path: 'applications/:applicationId/edit', element: <ApplicationFormPage /> },
          { path: 'calls/:callId/apply', element: <ApplicationFormPage /> },
        ],
      },
      {
        path: 'center',
        element: <RequireRole roles={['center-staff']} />,
        children: [
          { path: 'applications', element: <CenterInboxPage /> },
          { path: 'applications/:applicationId', element: <CenterApplicationPage /> },
          { path: 'applicants', element: <ApplicantRegistrationsPage /> },
          { path: 'mentoring', element: <EngagementsPage /> },
        ],
      },
      {
        path: 'committee',
        element: <RequireRole roles={['committee-member']} />,
        children: [
          { path: 'work-queue', element: <WorkQueuePage /> },
          { path: 'evaluations/:applicationId', element: <EvaluationPage /> },
        ],
      },
      {
        path: 'program',
        element: <RequireRole roles={['program-manager']} />,
        children: [
          { path: 'calls', element: <ProgramCallsPage /> },
          { path: 'calls/:callId', element: <ProgramCallPage /> },
          { path: 'calls/:callId/selection', element: <SelectionPage /> },
          { path: 'routing', element: <RoutingPage /> },
        ],
      },
      {
        path: 'approvals',
        element: <RequireRole roles={['finance', 'program-manager', 'auditor']} />,
        children: [{ index: true, element: <ApprovalsPage /> }],
      },
      {
        path: 'grants',
        element: <RequireRole roles={['finance', 'program-manager', 'auditor']} />,
        children: [
          { index: true, element: <GrantsPage /> },
          { path: ':grantId', element: <GrantPage /> },
        ],
      },
      {
        path: 'budget',
        element: <RequireRole roles={['finance', 'program-manager', 'auditor']} />,
        children: [{ index: true, element: <BudgetPage /> }],
      },
      {
        path: 'reports',
        element: <RequireRole roles={['finance', 'program-manager', 'auditor']} />,
        children: [{ index: true, element: <ReportsPage /> }],
      },
      {
        path: 'audit',
        element: <RequireRole roles={['finance', 'auditor']} />,
        children: [{ index: true, element: <AuditPage /> }],
      },
      {
        path: 'privacy',
        element: <RequireRole roles={['program-manager', 'auditor']} />,
        children: [{ index: true, element: <PrivacyErasurePage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
