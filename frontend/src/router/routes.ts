import type { RouteRecordRaw } from 'vue-router'
import type { Requirement } from '@/stores/permissions'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu label and breadcrumb). */
    title?: string
    /** Console pages: permission(s) needed; any one suffices. */
    perm?: Requirement
    /** Console menu group (i18n key); pages without `menu` are not listed in the menu. */
    group?: string
    menu?: boolean
    icon?: string
    /** Needs a signed-in staff account. */
    staff?: boolean
    /** Needs a signed-in account of any kind (portal "my account" pages). */
    signedIn?: boolean
    portal?: boolean
  }
}

export const consoleChildren: RouteRecordRaw[] = [
  { path: '', name: 'workbench', component: () => import('@/views/console/WorkbenchView.vue'),
    meta: { title: 'menu.workbench', menu: true, icon: 'House' } },
  { path: 'entries', name: 'console-entries', component: () => import('@/views/console/catalog/EntriesView.vue'),
    meta: { title: 'menu.entries', group: 'menu.catalog', menu: true, icon: 'Document', perm: 'catalog.entry:read' } },
  { path: 'entries/new', name: 'console-entry-new', component: () => import('@/views/console/catalog/EntryEditView.vue'),
    meta: { title: 'menu.newEntry', group: 'menu.catalog', menu: true, icon: 'EditPen', perm: 'catalog.entry:write' } },
  { path: 'entries/:id([0-9a-fA-F-]{36})', name: 'console-entry', component: () => import('@/views/console/catalog/EntryDetailView.vue'),
    meta: { title: 'menu.entries', group: 'menu.catalog', perm: 'catalog.entry:read' } },
  { path: 'entries/:id([0-9a-fA-F-]{36})/edit', name: 'console-entry-edit', component: () => import('@/views/console/catalog/EntryEditView.vue'),
    meta: { title: 'entry.editTitle', group: 'menu.catalog', perm: 'catalog.entry:write' } },
  { path: 'review', name: 'console-review', component: () => import('@/views/console/catalog/ReviewQueueView.vue'),
    meta: { title: 'menu.review', group: 'menu.catalog', menu: true, icon: 'Stamp', perm: 'catalog.entry:review' } },
  { path: 'timeliness', name: 'console-timeliness', component: () => import('@/views/console/catalog/TimelinessView.vue'),
    meta: { title: 'menu.timeliness', group: 'menu.catalog', menu: true, icon: 'Timer', perm: 'catalog.entry:read' } },
  { path: 'uninterpreted', name: 'console-uninterpreted', component: () => import('@/views/console/catalog/UninterpretedView.vue'),
    meta: { title: 'menu.uninterpreted', group: 'menu.catalog', menu: true, icon: 'ChatLineSquare', perm: 'catalog.entry:read' } },
  { path: 'columns', name: 'console-columns', component: () => import('@/views/console/catalog/ColumnsView.vue'),
    meta: { title: 'menu.columns', group: 'menu.catalog', menu: true, icon: 'Menu', perm: ['catalog.column:write', 'catalog.entry:read'] } },
  { path: 'themes', name: 'console-themes', component: () => import('@/views/console/catalog/ThemesView.vue'),
    meta: { title: 'menu.themes', group: 'menu.catalog', menu: true, icon: 'CollectionTag', perm: 'catalog.taxonomy:write' } },
  { path: 'standards', name: 'console-standards', component: () => import('@/views/console/catalog/StandardsView.vue'),
    meta: { title: 'menu.standards', group: 'menu.catalog', menu: true, icon: 'List', perm: ['catalog.standard:write', 'catalog.entry:read'] } },
  { path: 'imports', name: 'console-imports', component: () => import('@/views/console/catalog/ImportView.vue'),
    meta: { title: 'menu.imports', group: 'menu.catalog', menu: true, icon: 'Upload', perm: ['catalog.exchange:import', 'catalog.exchange:read'] } },
  { path: 'cases', name: 'console-cases', component: () => import('@/views/console/CasesView.vue'),
    meta: { title: 'menu.cases', group: 'menu.applications', menu: true, icon: 'Tickets', perm: 'applications.case:read' } },
  { path: 'cases/register', name: 'console-register-application', component: () => import('@/views/console/RegisterApplicationView.vue'),
    meta: { title: 'menu.registerApp', group: 'menu.applications', menu: true, icon: 'EditPen', perm: 'applications.case:register' } },
  { path: 'appeals', name: 'console-appeals', component: () => import('@/views/console/AppealsView.vue'),
    meta: { title: 'menu.appeals', group: 'menu.applications', menu: true, icon: 'Files', perm: 'applications.case:read' } },
  { path: 'cases/:id', name: 'console-case', component: () => import('@/views/console/CaseDetailView.vue'),
    meta: { title: 'menu.cases', group: 'menu.applications', perm: 'applications.case:read' } },
  { path: 'dashboard', name: 'console-dashboard', component: () => import('@/views/console/DashboardView.vue'),
    meta: { title: 'menu.dashboard', group: 'menu.statistics', menu: true, icon: 'DataAnalysis', perm: 'statistics.dashboard:read' } },
  { path: 'reports', name: 'console-reports', component: () => import('@/views/console/ReportsView.vue'),
    meta: { title: 'menu.reports', group: 'menu.statistics', menu: true, icon: 'Notebook', perm: 'statistics.report:read' } },
  { path: 'reports/:id(\\d+)', name: 'console-report', component: () => import('@/views/console/ReportEditView.vue'),
    meta: { title: 'menu.reports', group: 'menu.statistics', perm: 'statistics.report:read' } },
  { path: 'report-deadlines', name: 'console-deadlines', component: () => import('@/views/console/DeadlinesView.vue'),
    meta: { title: 'menu.deadlines', group: 'menu.statistics', menu: true, icon: 'AlarmClock', perm: 'statistics.report:read' } },
  { path: 'report-checker', name: 'console-checker', component: () => import('@/views/console/CheckerView.vue'),
    meta: { title: 'menu.checker', group: 'menu.statistics', menu: true, icon: 'DocumentChecked', perm: 'statistics.checker:use' } },
  // supervision (测评考核): indicator systems, rounds and their results, rectification lists, daily monitoring
  { path: 'assessments/systems', name: 'console-assessment-systems', component: () => import('@/views/console/assessments/SystemsView.vue'),
    meta: { title: 'assessment.menu.systems', group: 'assessment.menu.group', menu: true, icon: 'Guide', perm: 'statistics.assessment:manage' } },
  { path: 'assessments/systems/new', name: 'console-assessment-system-new', component: () => import('@/views/console/assessments/SystemEditView.vue'),
    meta: { title: 'assessment.system.new', group: 'assessment.menu.group', perm: 'statistics.assessment:manage' } },
  { path: 'assessments/systems/:id(\\d+)', name: 'console-assessment-system', component: () => import('@/views/console/assessments/SystemEditView.vue'),
    meta: { title: 'assessment.menu.systems', group: 'assessment.menu.group', perm: 'statistics.assessment:read' } },
  { path: 'assessments/rounds', name: 'console-assessment-rounds', component: () => import('@/views/console/assessments/RoundsView.vue'),
    meta: { title: 'assessment.menu.rounds', group: 'assessment.menu.group', menu: true, icon: 'Finished', perm: 'statistics.assessment:read' } },
  { path: 'assessments/rounds/:id(\\d+)', name: 'console-assessment-round', component: () => import('@/views/console/assessments/RoundDetailView.vue'),
    meta: { title: 'assessment.menu.rounds', group: 'assessment.menu.group', perm: 'statistics.assessment:read' } },
  { path: 'assessments/rounds/:id(\\d+)/results', name: 'console-assessment-results', component: () => import('@/views/console/assessments/ResultsView.vue'),
    meta: { title: 'assessment.menu.results', group: 'assessment.menu.group', perm: 'statistics.assessment:read' } },
  { path: 'assessments/issues', name: 'console-assessment-issues', component: () => import('@/views/console/assessments/IssuesView.vue'), props: { mode: 'supervise' },
    meta: { title: 'assessment.menu.issues', group: 'assessment.menu.group', menu: true, icon: 'List', perm: ['statistics.assessment:manage', 'statistics.assessment:score'] } },
  { path: 'assessments/my-issues', name: 'console-assessment-my-issues', component: () => import('@/views/console/assessments/IssuesView.vue'), props: { mode: 'mine' },
    meta: { title: 'assessment.menu.myIssues', group: 'assessment.menu.group', menu: true, icon: 'EditPen', perm: 'statistics.assessment:answer' } },
  { path: 'assessments/issues/:id(\\d+)', name: 'console-assessment-issue', component: () => import('@/views/console/assessments/IssueDetailView.vue'),
    meta: { title: 'assessment.menu.issue', group: 'assessment.menu.group', perm: 'statistics.assessment:read' } },
  { path: 'assessments/monitors', name: 'console-assessment-monitors', component: () => import('@/views/console/assessments/MonitorsView.vue'),
    meta: { title: 'assessment.menu.monitors', group: 'assessment.menu.group', menu: true, icon: 'View', perm: 'statistics.assessment:manage' } },
  { path: 'assessments/self-inspection', name: 'console-assessment-self', component: () => import('@/views/console/assessments/SelfInspectionView.vue'),
    meta: { title: 'assessment.menu.selfInspection', group: 'assessment.menu.group', menu: true, icon: 'Memo', perm: ['statistics.assessment:answer', 'statistics.assessment:manage'] } },
  { path: 'agencies', name: 'console-agencies', component: () => import('@/views/console/AgenciesView.vue'),
    meta: { title: 'menu.agencies', group: 'menu.organisation', menu: true, icon: 'OfficeBuilding', perm: 'catalog.agency:read' } },
  { path: 'users', name: 'console-users', component: () => import('@/views/console/UsersView.vue'),
    meta: { title: 'menu.users', group: 'menu.organisation', menu: true, icon: 'User', perm: ['auth.user:read', 'auth.user:manage'] } },
  { path: 'roles', name: 'console-roles', component: () => import('@/views/console/RolesView.vue'),
    meta: { title: 'menu.roles', group: 'menu.organisation', menu: true, icon: 'Key', perm: 'auth.role:manage' } },
  { path: 'clients', name: 'console-clients', component: () => import('@/views/console/ClientsView.vue'),
    meta: { title: 'menu.clients', group: 'menu.organisation', menu: true, icon: 'Connection', perm: 'auth.client:manage' } },
  { path: 'calendar', name: 'console-calendar', component: () => import('@/views/console/CalendarView.vue'),
    meta: { title: 'menu.calendar', group: 'menu.system', menu: true, icon: 'Calendar' } },
  { path: 'audit', name: 'console-audit', component: () => import('@/views/console/AuditView.vue'),
    meta: { title: 'menu.audit', group: 'menu.system', menu: true, icon: 'Document', perm: 'audit:read' } },
  { path: 'profile', name: 'console-profile', component: () => import('@/views/console/ProfileView.vue'),
    meta: { title: 'menu.profile' } },
  { path: 'forbidden', name: 'console-forbidden', component: () => import('@/views/ForbiddenView.vue'),
    meta: { title: 'error.forbidden' } },
]

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/layouts/PortalLayout.vue'),
    meta: { portal: true },
    children: [
      { path: '', name: 'home', component: () => import('@/views/portal/HomeView.vue'), meta: { title: 'portal.nav.home' } },
      { path: 'apply', name: 'apply', component: () => import('@/views/portal/ApplyView.vue'), meta: { title: 'portal.nav.apply' } },
      { path: 'track', name: 'track', component: () => import('@/views/portal/TrackView.vue'), meta: { title: 'portal.nav.track' } },
      { path: 'catalog', name: 'portal-catalog', component: () => import('@/views/portal/CatalogView.vue'),
        meta: { title: 'portal.nav.catalog' } },
      { path: 'search', name: 'portal-search', component: () => import('@/views/portal/SearchView.vue'),
        meta: { title: 'portal.nav.search' } },
      { path: 'entries/:id([0-9a-fA-F-]{36})', name: 'portal-entry', component: () => import('@/views/portal/EntryView.vue'),
        meta: { title: 'portal.entry' } },
      { path: 'entry', name: 'portal-entry-by-index', component: () => import('@/views/portal/EntryView.vue'),
        meta: { title: 'portal.entry' } },
      { path: 'reports', name: 'portal-reports', component: () => import('@/views/portal/AnnualReportsView.vue'),
        meta: { title: 'portal.nav.reports' } },
      { path: 'agencies', name: 'portal-agencies', component: () => import('@/views/portal/AgenciesView.vue'),
        meta: { title: 'portal.nav.agencies' } },
      { path: 'agencies/:id(\\d+)', name: 'portal-agency', component: () => import('@/views/portal/AgencyGuideView.vue'),
        meta: { title: 'portal.guideCard' } },
      { path: 'directory', name: 'portal-directory', component: () => import('@/views/portal/DirectoryView.vue'),
        meta: { title: 'portal.nav.directory' } },
      { path: 'account/login', name: 'account-login', component: () => import('@/views/portal/AccountLoginView.vue'),
        meta: { title: 'account.login' } },
      { path: 'account/register', name: 'register', component: () => import('@/views/portal/RegisterView.vue'),
        meta: { title: 'account.register' } },
      { path: 'account/applications/:number', name: 'my-application', component: () => import('@/views/portal/MyApplicationView.vue'),
        meta: { title: 'account.myApplications', signedIn: true } },
      { path: 'account', name: 'account', component: () => import('@/views/portal/AccountView.vue'),
        meta: { title: 'account.mine', signedIn: true } },
    ],
  },
  { path: '/console/login', name: 'login', component: () => import('@/views/console/LoginView.vue'), meta: { title: 'login.title' } },
  {
    path: '/console',
    component: () => import('@/layouts/ConsoleLayout.vue'),
    meta: { staff: true },
    children: consoleChildren,
  },
  {
    path: '/:pathMatch(.*)*',
    component: () => import('@/layouts/PortalLayout.vue'),
    children: [{ path: '', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'error.notFound' } }],
  },
]
