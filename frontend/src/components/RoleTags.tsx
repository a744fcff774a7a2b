import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';

const ROLE_COLORS: Record<string, string> = {
  TRAINEE: 'blue',
  MENTOR: 'green',
  BRANCH_MENTOR: 'cyan',
  QA_SPECIALIST: 'purple',
  TRAINING_SPECIALIST: 'geekblue',
  DEPARTMENT_HEAD: 'gold',
  ADMIN: 'red',
};

/** The translated name of a role; an unknown code is shown as it is. */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`roles.${role}` as 'roles.TRAINEE', { defaultValue: role });
}

export function RoleTags({ roles }: { roles: Role[] }) {
  const roleLabel = useRoleLabel();
  return (
    <span className="role-tags">
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role] ?? 'default'} variant="outlined">
          {roleLabel(role)}
        </Tag>
      ))}
    </span>
  );
}
