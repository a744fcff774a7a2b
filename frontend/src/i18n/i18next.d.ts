import 'i18next';
import type dashboardZhCN from './locales/dashboard.zh-CN.json';
import type rolesZhCN from './locales/roles.zh-CN.json';
import type trainingZhCN from './locales/training.zh-CN.json';
import type traineeFormsZhCN from './locales/traineeForms.zh-CN.json';
import type zhCN from './locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & typeof rolesZhCN & typeof trainingZhCN & typeof dashboardZhCN & typeof traineeFormsZhCN };
  }
}
