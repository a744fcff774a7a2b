/** Signed-in people and records for the mentor, branch-mentor and QA pages' tests (shapes as the API serves them). */

export const mentorMe = {
  personId: 'm01',
  username: 'liu.yang',
  name: '刘洋',
  roles: ['MENTOR'],
  department: 'csc',
  branch: null,
  trainee: null,
  mentor: null,
  mentees: [{ personId: 't01', name: '何雪' }],
};

export const branchMentorMe = {
  personId: 'bm1',
  username: 'chen.jing',
  name: '陈静',
  roles: ['BRANCH_MENTOR'],
  department: null,
  branch: 'br-futian',
  trainee: null,
  mentor: null,
  mentees: [],
};

export const qaMe = {
  personId: 'qa1',
  username: 'wang.li',
  name: '王丽',
  roles: ['QA_SPECIALIST'],
  department: 'csc',
  branch: null,
  trainee: null,
  mentor: null,
  mentees: [],
};
