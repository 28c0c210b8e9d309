import type { Component } from 'vue'
import { markRaw } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import {
  Calendar,
  ChatDotRound,
  CirclePlus,
  DocumentChecked,
  Flag,
  House,
  List,
  Memo,
  OfficeBuilding,
  Reading,
  Tickets,
  Upload,
  User,
} from '@element-plus/icons-vue'
import { Monitor, Setting, Share, Warning } from '@element-plus/icons-vue'
import { ADMIN_ROLES } from '@/api/admin'
import { AUDIT_ROLES } from '@/api/audit'
import type { RoleCode } from '@/api/auth'
import { DISCIPLINE_CLUE_ROLES } from '@/api/disciplineClues'
import { INTAKE_ROLES } from '@/api/intakes'
import { REPORT_ROLES } from '@/api/reports'
import { TALK_ROLES } from '@/api/talks'
import { installAuthGuards } from './guards'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Only these roles may open the page (and see it in the navigation). */
    roles?: readonly RoleCode[]
    /** Listed in the left navigation. */
    nav?: { labelKey: string; icon: Component; order: number }
    /** The navigation entry to highlight for a page that has none of its own. */
    navParent?: string
  }
}

/** Roles the server lets read organisations and people. */
export const ORG_ROLES: readonly RoleCode[] = [
  'party-committee',
  'admin',
  'branch-secretary',
  'branch-committee',
]

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/LoginView.vue'),
    meta: { public: true },
  },
  {
    // Signed in, but the admin set the password: the one page open until it is changed.
    path: '/change-password',
    name: 'change-password',
    component: () => import('@/views/account/ChangePasswordView.vue'),
  },
  {
    path: '/',
    component: () => import('@/layouts/AppShell.vue'),
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/home/HomeView.vue'),
        meta: { nav: { labelKey: 'nav.home', icon: markRaw(House), order: 0 } },
      },
      {
        path: 'tasks',
        name: 'tasks',
        component: () => import('@/views/tasks/TaskInboxView.vue'),
        meta: { nav: { labelKey: 'nav.tasks', icon: markRaw(List), order: 1 } },
      },
      {
        path: 'tasks/:id',
        name: 'task',
        component: () => import('@/views/tasks/TaskDetailView.vue'),
        props: true,
        meta: { navParent: 'tasks' },
      },
      {
        path: 'cases/:id',
        name: 'case',
        component: () => import('@/views/cases/CaseView.vue'),
        props: true,
        meta: { navParent: 'tasks' },
      },
      {
        path: 'start',
        name: 'start',
        component: () => import('@/views/start/StartCatalogView.vue'),
        meta: { nav: { labelKey: 'nav.start', icon: markRaw(CirclePlus), order: 2 } },
      },
      {
        path: 'start/:processKey',
        name: 'start-form',
        component: () => import('@/views/start/StartFormView.vue'),
        props: true,
        meta: { navParent: 'start' },
      },
      {
        path: 'intakes',
        name: 'intakes',
        component: () => import('@/views/intakes/IntakeListView.vue'),
        meta: {
          roles: INTAKE_ROLES,
          nav: { labelKey: 'nav.intakes', icon: markRaw(Flag), order: 5 },
        },
      },
      {
        // No role check: the applicant may open their own; the server answers 404 to anyone else.
        path: 'intakes/:id',
        name: 'intake',
        component: () => import('@/views/intakes/IntakeDetailView.vue'),
        props: true,
        meta: { navParent: 'intakes' },
      },
      {
        // Everyone has their own record (我的警示教育); the campaign list is for CAMPAIGN_ROLES.
        path: 'campaigns',
        name: 'campaigns',
        component: () => import('@/views/campaigns/CampaignsView.vue'),
        meta: { nav: { labelKey: 'nav.campaigns', icon: markRaw(Warning), order: 8 } },
      },
      {
        // No role check: the server answers 404 to anyone who may not see the campaign.
        path: 'campaigns/:id',
        name: 'campaign',
        component: () => import('@/views/campaigns/CampaignDetailView.vue'),
        props: true,
        meta: { navParent: 'campaigns' },
      },
      {
        // 主体责任报告: the Party committee, the discipline commission and the branches' leaders.
        path: 'reports',
        name: 'reports',
        component: () => import('@/views/reports/ReportsView.vue'),
        meta: {
          roles: REPORT_ROLES,
          nav: { labelKey: 'nav.reports', icon: markRaw(DocumentChecked), order: 9 },
        },
      },
      {
        // Linked from the matrix and from notifications (report.escalated); the server answers 404
        // for a report the user may not see.
        path: 'reports/:id',
        name: 'report',
        component: () => import('@/views/reports/ReportDetailView.vue'),
        props: true,
        meta: { roles: REPORT_ROLES, navParent: 'reports' },
      },
      {
        // 问题线索: discipline officers only; the server lists only the clues on the caller's
        // access list.
        path: 'discipline-clues',
        name: 'discipline-clues',
        component: () => import('@/views/discipline/DisciplineCluesView.vue'),
        meta: {
          roles: DISCIPLINE_CLUE_ROLES,
          // Right after 主体责任报告 (9).
          nav: { labelKey: 'nav.disciplineClues', icon: markRaw(Tickets), order: 9.5 },
        },
      },
      {
        // 问题线索统计: the year's figures over the clues on the caller's access list.
        path: 'discipline-clues/statistics',
        name: 'discipline-clue-statistics',
        component: () => import('@/views/discipline/ClueStatisticsView.vue'),
        meta: { roles: DISCIPLINE_CLUE_ROLES, navParent: 'discipline-clues' },
      },
      {
        // The server answers 404 for a clue the user is not on the access list of.
        path: 'discipline-clues/:id',
        name: 'discipline-clue',
        component: () => import('@/views/discipline/DisciplineClueView.vue'),
        props: true,
        meta: { roles: DISCIPLINE_CLUE_ROLES, navParent: 'discipline-clues' },
      },
      {
        path: 'talks',
        name: 'talks',
        component: () => import('@/views/talks/TalksView.vue'),
        meta: {
          roles: TALK_ROLES,
          nav: { labelKey: 'nav.talks', icon: markRaw(ChatDotRound), order: 6 },
        },
      },
      {
        // Every signed-in user reads the library; only the discipline commission writes to it.
        path: 'typical-cases',
        name: 'typical-cases',
        component: () => import('@/views/typicalCases/TypicalCaseListView.vue'),
        meta: { nav: { labelKey: 'nav.typicalCases', icon: markRaw(Reading), order: 7 } },
      },
      {
        path: 'org',
        name: 'org',
        component: () => import('@/views/org/OrgView.vue'),
        meta: {
          roles: ORG_ROLES,
          nav: { labelKey: 'nav.org', icon: markRaw(OfficeBuilding), order: 10 },
        },
      },
      {
        // 人员管理: people, their accounts and roles (the admin only; every change audited).
        path: 'admin/people',
        name: 'admin-people',
        component: () => import('@/views/admin/PeopleAdminView.vue'),
        meta: {
          roles: ADMIN_ROLES,
          nav: { labelKey: 'nav.people', icon: markRaw(User), order: 18 },
        },
      },
      {
        // 名册导入: organisations and people from the roster workbook.
        path: 'admin/roster',
        name: 'admin-roster',
        component: () => import('@/views/admin/RosterImportView.vue'),
        meta: {
          roles: ADMIN_ROLES,
          nav: { labelKey: 'nav.roster', icon: markRaw(Upload), order: 19 },
        },
      },
      {
        path: 'admin/calendar',
        name: 'calendar',
        component: () => import('@/views/calendar/CalendarView.vue'),
        meta: {
          roles: ['admin'],
          nav: { labelKey: 'nav.calendar', icon: markRaw(Calendar), order: 20 },
        },
      },
      {
        // 组织机构: the organisation tree's editor and the branches' 支部班子 (the admin only).
        path: 'admin/orgs',
        name: 'admin-orgs',
        component: () => import('@/views/orgAdmin/OrgAdminView.vue'),
        meta: {
          roles: ['admin'],
          nav: { labelKey: 'nav.orgAdmin', icon: markRaw(Share), order: 20.2 },
        },
      },
      {
        // 规则设置: the quotas and time limits the admin may change while Ronghe runs.
        path: 'admin/settings',
        name: 'admin-settings',
        component: () => import('@/views/settings/SettingsView.vue'),
        meta: {
          roles: ['admin'],
          nav: { labelKey: 'nav.settings', icon: markRaw(Setting), order: 20.4 },
        },
      },
      {
        // 运行监控: the process engine's failed jobs and deployed versions.
        path: 'admin/operations',
        name: 'admin-operations',
        component: () => import('@/views/operations/OperationsView.vue'),
        meta: {
          roles: ['admin'],
          nav: { labelKey: 'nav.operations', icon: markRaw(Monitor), order: 20.6 },
        },
      },
      {
        // 审计日志: the security auditor alone reads, exports and checks it, not the admin (三员分立).
        path: 'audit',
        name: 'audit',
        component: () => import('@/views/audit/AuditLogView.vue'),
        meta: {
          roles: AUDIT_ROLES,
          nav: { labelKey: 'nav.audit', icon: markRaw(Memo), order: 21 },
        },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { public: true },
  },
]

export function createAppRouter(): Router {
  const router = createRouter({ history: createWebHistory(), routes })
  installAuthGuards(router)
  return router
}
