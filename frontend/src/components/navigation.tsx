import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FormOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/types';

export interface NavItem {
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.journey'
    | 'nav.courses'
    | 'nav.exams'
    | 'nav.notifications'
    | 'nav.journeys'
    | 'roleNav.mentees'
    | 'roleNav.reviews'
    | 'roleNav.branch'
    | 'roleNav.qa'
    | 'roleNav.goLive'
    | 'roleNav.calibration'
    | 'head.nav'
    | `training.nav.${'cohorts' | 'exemptions' | 'questionBanks' | 'exams'}`
    | 'traineeForms.nav';
  icon: ReactNode;
  /** Shown only to these roles; every signed-in user when absent. */
  roles?: Role[];
}

function trainingItems(): NavItem[] {
  const roles: Role[] = ['TRAINING_SPECIALIST', 'ADMIN'];
  return [
    { path: '/training/cohorts', labelKey: 'training.nav.cohorts', icon: <UsergroupAddOutlined />, roles },
    { path: '/training/exemptions', labelKey: 'training.nav.exemptions', icon: <AuditOutlined />, roles },
    { path: '/training/question-banks', labelKey: 'training.nav.questionBanks', icon: <CloudUploadOutlined />, roles },
    { path: '/training/exams', labelKey: 'training.nav.exams', icon: <BarChartOutlined />, roles },
  ];
}

/** The side menu. It grows per role as features land; the server enforces access either way. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  { path: '/journey', labelKey: 'nav.journey', icon: <NodeIndexOutlined />, roles: ['TRAINEE'] },
  { path: '/courses', labelKey: 'nav.courses', icon: <BookOutlined />, roles: ['TRAINEE'] },
  { path: '/exams', labelKey: 'nav.exams', icon: <FormOutlined />, roles: ['TRAINEE'] },
  { path: '/dashboard', labelKey: 'head.nav', icon: <DashboardOutlined />, roles: ['DEPARTMENT_HEAD', 'TRAINING_SPECIALIST', 'ADMIN'] },
  { path: '/forms', labelKey: 'traineeForms.nav', icon: <ProfileOutlined />, roles: ['TRAINEE'] },
  {
    path: '/journeys',
    labelKey: 'nav.journeys',
    icon: <TeamOutlined />,
    roles: ['DEPARTMENT_HEAD', 'TRAINING_SPECIALIST', 'ADMIN'],
  },
  { path: '/go-live', labelKey: 'roleNav.goLive', icon: <CheckSquareOutlined />, roles: ['TRAINEE', 'MENTOR'] },
  { path: '/mentor', labelKey: 'roleNav.mentees', icon: <SolutionOutlined />, roles: ['MENTOR'] },
  { path: '/mentor/reviews', labelKey: 'roleNav.reviews', icon: <FileDoneOutlined />, roles: ['MENTOR'] },
  { path: '/branch', labelKey: 'roleNav.branch', icon: <BankOutlined />, roles: ['BRANCH_MENTOR'] },
  { path: '/qa', labelKey: 'roleNav.qa', icon: <AuditOutlined />, roles: ['QA_SPECIALIST'] },
  {
    path: '/qa/calibrations',
    labelKey: 'roleNav.calibration',
    icon: <ExperimentOutlined />,
    roles: ['QA_SPECIALIST', 'DEPARTMENT_HEAD', 'ADMIN'],
  },
  ...trainingItems(),
  { path: '/notifications', labelKey: 'nav.notifications', icon: <BellOutlined /> },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}

/** The menu entry a path belongs to: the longest matching prefix. */
export function selectedNavPath(pathname: string, items: readonly NavItem[]): string | undefined {
  const path = pathname.startsWith('/exam/') ? '/exams' : pathname;
  return items
    .filter((item) => path === item.path || (item.path !== '/' && path.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
