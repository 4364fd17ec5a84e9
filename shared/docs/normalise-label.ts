/**
 * A label as compared: lower case, accents and punctuation gone, spaces collapsed, so that
 * "Enjeu à traiter :" and "enjeu a traiter" match, and typographic apostrophes do not matter.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
