import type { Messages } from '../message.ts';

/** Messages used across areas. Keys start with "common.". */
export const commonMessages = {
  'common.appName': { en: 'Cocreate', fr: 'Cocreate' },
  'common.language.en': { en: 'English', fr: 'anglais' },
  'common.language.fr': { en: 'French', fr: 'français' },
  'common.side.government': { en: 'Government', fr: 'Gouvernement' },
  'common.side.csn': { en: 'Civil society network', fr: 'Réseau de la société civile' },
  'common.side.other': { en: 'Other', fr: 'Autre' },
} satisfies Messages;
