import { HomeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/types';

export interface NavItem {
  path: string;
  labelKey: 'nav.home';
  icon: ReactNode;
  /** Shown only to these roles; every signed-in user when absent. */
  roles?: Role[];
}

/** The side menu. It grows per role as features land; the server enforces access either way. */
export const NAV_ITEMS: NavItem[] = [{ path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> }];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}

/** The menu entry a path belongs to: the longest matching prefix. */
export function selectedNavPath(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || (item.path !== '/' && pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
