import { UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Avatar, Card, Descriptions, Empty, Flex, Spin, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RoleTags } from '../../components/RoleTags';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';

/** "Who am I": the signed-in person as the backend sees them. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  useDocumentTitle(t('nav.home'));

  if (me.isPending) {
    return (
      <Flex justify="center" className="page-state" role="status">
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <div className="page">
        <Typography.Title level={1} className="page-title">
          {t('nav.home')}
        </Typography.Title>
        <ProblemAlert title={t('home.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  const person = me.data;
  const isMentor = person.roles.includes('MENTOR') || (person.mentees?.length ?? 0) > 0;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('home.greeting', { name: person.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        <ProfileCard person={person} />
        {person.trainee && <TraineeCard person={person} trainee={person.trainee} />}
        {isMentor && <MenteesCard mentees={person.mentees ?? []} />}
      </Flex>
    </div>
  );
}

function CardTitle({ children }: { children: string }) {
  return <h2 className="card-title">{children}</h2>;
}

function ProfileCard({ person }: { person: Me }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('home.none')}</Typography.Text>;
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('home.name'), children: person.name },
    { key: 'username', label: t('home.username'), children: person.username },
    { key: 'roles', label: t('home.roles'), children: <RoleTags roles={person.roles} /> },
    {
      key: 'department',
      label: t('home.department'),
      children: person.department
        ? t(`departments.${person.department}` as 'departments.csc', { defaultValue: person.department })
        : none,
    },
    { key: 'branch', label: t('home.branch'), children: person.branch ?? none },
  ];
  return (
    <Card title={<CardTitle>{t('home.profileTitle')}</CardTitle>}>
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
}

function TraineeCard({ person, trainee }: { person: Me; trainee: NonNullable<Me['trainee']> }) {
  const { t, i18n } = useTranslation();
  const items: DescriptionsProps['items'] = [
    {
      key: 'category',
      label: t('home.category'),
      span: 'filled',
      children: (
        <Flex vertical gap={4}>
          <span>
            <Tag color={trainee.category === 'A' ? 'blue' : 'green'} variant="outlined">
              {t('home.categoryLabel', { category: trainee.category })}
            </Tag>
          </span>
          <Typography.Text type="secondary">
            {t(`home.categoryHelp.${trainee.category}` as 'home.categoryHelp.A', { defaultValue: '' })}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'cohort', label: t('home.cohort'), children: trainee.cohort },
    { key: 'startDate', label: t('home.startDate'), children: formatDate(trainee.startDate, i18n.language) },
    {
      key: 'mentor',
      label: t('home.mentor'),
      children: person.mentor ? (
        person.mentor.name
      ) : (
        <Typography.Text type="secondary">{t('home.noMentor')}</Typography.Text>
      ),
    },
  ];
  return (
    <Card
      title={<CardTitle>{t('home.traineeTitle')}</CardTitle>}
      extra={<Link to="/journey">{t('home.journeyLink')}</Link>}
    >
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
}

function MenteesCard({ mentees }: { mentees: NonNullable<Me['mentees']> }) {
  const { t } = useTranslation();
  return (
    <Card title={<CardTitle>{t('home.menteesTitle')}</CardTitle>}>
      {mentees.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noMentees')} />
      ) : (
        <ul className="mentee-list">
          {mentees.map((mentee) => (
            <li key={mentee.personId}>
              <Avatar size="small" icon={<UserOutlined />} aria-hidden />
              <span>{mentee.name}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
