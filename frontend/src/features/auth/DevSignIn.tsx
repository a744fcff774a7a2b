import { RightOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Avatar, Empty, Flex, Input, Skeleton, Spin, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevPerson } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RoleTags, useRoleLabel } from '../../components/RoleTags';
import { devPeopleQuery, requestDevToken } from './api';
import { useAuth } from './authContext';

/** Development mode: pick one of the seeded demo people and get a token for them. */
export function DevSignIn() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { signInWithToken } = useAuth();
  const searchId = useId();
  const countId = useId();
  const [search, setSearch] = useState('');
  const people = useQuery(devPeopleQuery);
  const signIn = useMutation({
    mutationFn: (person: DevPerson) => requestDevToken(person.id),
    onSuccess: signInWithToken,
  });

  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!people.data || !needle) {
      return people.data ?? [];
    }
    return people.data.filter((person) =>
      [person.name, person.username, ...person.roles, ...person.roles.map(roleLabel)].some((text) =>
        text.toLowerCase().includes(needle),
      ),
    );
  }, [people.data, search, roleLabel]);

  return (
    <section aria-labelledby={`${searchId}-title`}>
      <Typography.Title level={2} id={`${searchId}-title`} className="section-title">
        {t('signIn.devTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('signIn.devHint')}</Typography.Paragraph>

      {signIn.isError && <ProblemAlert error={signIn.error} />}

      {people.isPending && <Skeleton active avatar paragraph={{ rows: 4 }} />}
      {people.isError && <ProblemAlert error={people.error} onRetry={() => void people.refetch()} />}
      {people.isSuccess && (
        <Flex vertical gap={12}>
          <label htmlFor={searchId} className="visually-hidden">
            {t('signIn.searchLabel')}
          </label>
          <Input
            id={searchId}
            type="search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('signIn.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby={countId}
          />
          <Typography.Text type="secondary" id={countId} aria-live="polite">
            {t('signIn.peopleCount', { count: visible.length })}
          </Typography.Text>
          {visible.length === 0 ? (
            <Empty description={t('signIn.noMatch')} />
          ) : (
            <ul className="people-list" aria-labelledby={`${searchId}-title`}>
              {visible.map((person) => {
                const pending = signIn.isPending && signIn.variables?.id === person.id;
                return (
                  <li key={person.id}>
                    <button
                      type="button"
                      className="person-button"
                      disabled={signIn.isPending}
                      aria-busy={pending}
                      aria-label={t('signIn.signInAs', {
                        name: person.name,
                        username: person.username,
                        roles: person.roles.map(roleLabel).join(t('app.listSeparator')),
                      })}
                      onClick={() => signIn.mutate(person)}
                    >
                      <Avatar className="person-avatar" aria-hidden>
                        {person.name.slice(0, 1)}
                      </Avatar>
                      <span className="person-text">
                        <span className="person-name">{person.name}</span>
                        <span className="person-username">{person.username}</span>
                      </span>
                      <RoleTags roles={person.roles} />
                      {pending ? (
                        <Spin size="small" aria-label={t('signIn.signingIn')} />
                      ) : (
                        <RightOutlined className="person-chevron" aria-hidden />
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </Flex>
      )}
    </section>
  );
}
