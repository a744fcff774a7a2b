/** Fixtures shared by the training pages' tests: the demo training specialist and cohort c2026-11. */
export const specialistMe = {
  personId: 'ts1',
  username: 'lin.xiaoyu',
  name: '林晓雨',
  roles: ['TRAINING_SPECIALIST'],
  department: 'csc',
  branch: null,
  trainee: null,
  mentor: null,
};

export const cohort = { id: 'c2026-11', name: '2026年11月新客服代表班', departmentId: 'csc', startDate: '2026-11-02' };

export const traineePeople = {
  items: [
    { id: 't01', username: 'he.xue', name: '何雪', roles: ['TRAINEE'], departmentId: 'csc', branchId: null, active: true },
    { id: 't07', username: 'zheng.jie', name: '郑洁', roles: ['TRAINEE'], departmentId: 'csc', branchId: null, active: true },
    { id: 't11', username: 'new.one', name: '新学员', roles: ['TRAINEE'], departmentId: 'csc', branchId: null, active: true },
  ],
  page: 0,
  size: 200,
  total: 3,
};

export const enrolments = [
  { personId: 't01', category: 'A', cohortId: 'c2026-11', startDate: '2026-11-02', enrolledBy: 'admin', enrolledAt: null },
  { personId: 't07', category: 'B', cohortId: 'c2026-11', startDate: '2026-11-02', enrolledBy: 'admin', enrolledAt: null },
];

/** The visible options of the open antd Select (its role="option" nodes carry only the values). */
export function optionTexts(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option-content')].map((option) => option.textContent ?? '');
}
