import { describe, expect, it } from 'vitest';
import { findTerms, toWords } from '../../../shared/rules/find-terms.ts';

describe('toWords', () => {
  it.each([
    ['L’Évaluation des données', ['l', 'evaluation', 'des', 'donnees']],
    ['Q3 2026-27: publish!', ['q3', '2026', '27', 'publish']],
    ['mettre en œuvre', ['mettre', 'en', 'œuvre']],
    ['', []],
  ])('%s → %j', (text, words) => {
    expect(toWords(text)).toEqual(words);
  });
});

describe('findTerms', () => {
  it.each([
    ['Exploring new options', ['explor*'], ['exploring']],
    ['explorer', ['explore'], []],
    ['Publish a data set and a dataset', ['data set*', 'dataset*'], ['data set', 'dataset']],
    ['jeu de données ouvertes', ['jeu de donnees'], ['jeu de donnees']],
    ['Support, support and support', ['support*'], ['support']],
    ['nothing here', ['report*'], []],
    ['a b c', ['a*', 'b c'], ['a', 'b c']],
    ['Continued support; continuing', ['continu*'], ['continued', 'continuing']],
  ])('%s with %j → %j', (text, terms, found) => {
    expect(findTerms(toWords(text), terms)).toEqual(found);
  });
});
