export { catalogue, type MessageKey } from './catalogue.ts';
export { Language, LANGUAGES } from './language.ts';
export { bilingualMessage, translate, type MessageParams } from './translate.ts';
