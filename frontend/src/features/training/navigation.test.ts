import { describe, expect, it } from 'vitest';
import { navItemsFor, selectedNavPath } from '../../components/navigation';

describe('training navigation', () => {
  it('shows the training pages to training specialists and admins only', () => {
    const training = ['/training/cohorts', '/training/exemptions', '/training/question-banks', '/training/exams'];
    expect(navItemsFor(['TRAINING_SPECIALIST']).map((item) => item.path)).toEqual(expect.arrayContaining(training));
    expect(navItemsFor(['ADMIN']).map((item) => item.path)).toEqual(expect.arrayContaining(training));
    for (const role of ['TRAINEE', 'MENTOR', 'DEPARTMENT_HEAD', 'QA_SPECIALIST']) {
      expect(navItemsFor([role]).filter((item) => item.path.startsWith('/training'))).toEqual([]);
    }
  });

  it('keeps the exams entry selected on an item-analysis page', () => {
    expect(selectedNavPath('/training/exams/knowledge-assessment/analysis', navItemsFor(['TRAINING_SPECIALIST']))).toBe(
      '/training/exams',
    );
  });
});
