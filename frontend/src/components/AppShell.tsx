import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { meQuery } from '../features/auth/api';
import { useAuth } from '../features/auth/authContext';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor, selectedNavPath } from './navigation';

const NAV_DRAWER_ID = 'app-nav-drawer';

/** The signed-in frame: header, role-dependent navigation, and the page in <main>. */
export function AppShell() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const me = useQuery(meQuery);
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.md === true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);

  // Move focus to the new page's content after navigating, as a full page load would.
  useEffect(() => {
    if (location.pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  const items = navItemsFor(me.data?.roles ?? []);
  const menuItems: MenuProps['items'] = items.map((item) => ({
    key: item.path,
    icon: item.icon,
    label: t(item.labelKey),
  }));
  const selected = selectedNavPath(location.pathname, items);
  const menu = (
    <nav aria-label={t('nav.label')} className="app-nav">
      <Menu
        mode="inline"
        items={menuItems}
        selectedKeys={selected ? [selected] : []}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {!isDesktop && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.open')}
            aria-expanded={drawerOpen}
            aria-controls={NAV_DRAWER_ID}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{isDesktop ? t('app.name') : t('app.shortName')}</span>
        </Link>
        <div className="app-header-actions">
          <NotificationBell />
          <LanguageSwitch />
          {me.data && (
            <span className="app-user" title={t('header.userMenu', { name: me.data.name })}>
              <UserOutlined aria-hidden /> <span className="app-user-name">{me.data.name}</span>
            </span>
          )}
          <Button
            icon={<LogoutOutlined />}
            aria-label={isDesktop ? undefined : t('header.signOut')}
            onClick={() => void signOut()}
          >
            {isDesktop && t('header.signOut')}
          </Button>
        </div>
      </Layout.Header>
      <Layout hasSider={isDesktop}>
        {isDesktop && (
          <Layout.Sider width={208} theme="light" className="app-sider">
            {menu}
          </Layout.Sider>
        )}
        {!isDesktop && (
          <Drawer
            id={NAV_DRAWER_ID}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={260}
            title={t('app.shortName')}
            closable={{ 'aria-label': t('nav.close') }}
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content className="app-content" id="main-content" tabIndex={-1} ref={mainRef}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
