/** Word lists of the entity finders (src/extract/entities): titles, name parts, group and head nouns, documents. */
import { wordMap, wordSet } from '../lexicon';
import abbreviationsWithStop from './entity-abbreviations-with-stop.json';
import backReferenceDeterminers from './entity-back-reference-determiners.json';
import compassAdjectives from './entity-compass-adjectives.json';
import countryGroupNouns from './entity-country-group-nouns.json';
import descriptionDeterminers from './entity-description-determiners.json';
import descriptionModifiers from './entity-description-modifiers.json';
import documentArticles from './entity-document-articles.json';
import documentDeterminers from './entity-document-determiners.json';
import documentNouns from './entity-document-nouns.json';
import documentReferenceNouns from './entity-document-reference-nouns.json';
import genderWords from './entity-gender-words.json';
import governmentNouns from './entity-government-nouns.json';
import honorifics from './entity-honorifics.json';
import institutionHeads from './entity-institution-heads.json';
import issueAdverbs from './entity-issue-adverbs.json';
import issueDeterminers from './entity-issue-determiners.json';
import issueVerbs from './entity-issue-verbs.json';
import leaderGroupNouns from './entity-leader-group-nouns.json';
import leaderWords from './entity-leader-words.json';
import ministryHeads from './entity-ministry-heads.json';
import monthsDays from './entity-months-days.json';
import nameModifiers from './entity-name-modifiers.json';
import nameParticles from './entity-name-particles.json';
import nameSuffixes from './entity-name-suffixes.json';
import organizationHeads from './entity-organization-heads.json';
import peopleGroupNouns from './entity-people-group-nouns.json';
import personPronouns from './entity-person-pronouns.json';
import pluralHonorifics from './entity-plural-honorifics.json';
import portfolios from './entity-portfolios.json';
import roleNouns from './entity-role-nouns.json';
import runJoiners from './entity-run-joiners.json';
import speechAuxiliaries from './entity-speech-auxiliaries.json';
import titleFunctionWords from './entity-title-function-words.json';
import titles from './entity-titles.json';
import transliterationEndings from './entity-transliteration-endings.json';

export type Gender = 'male' | 'female';

// Names and titles (names.ts).
export const ENTITY_HONORIFICS = wordSet(honorifics);
export const ENTITY_PLURAL_HONORIFICS = wordSet(pluralHonorifics);
/** Lower case, in the file's order. */
export const ENTITY_TITLES: readonly string[] = [...wordSet(titles)];
export const ENTITY_ROLE_NOUNS = wordSet(roleNouns);
export const TITLE_FUNCTION_WORDS = wordSet(titleFunctionWords);
export const NAME_MODIFIERS = wordSet(nameModifiers);
export const NAME_SUFFIXES = wordSet(nameSuffixes);
export const TRANSLITERATION_ENDINGS = wordSet(transliterationEndings);

// Mentions (mentions.ts, tokens.ts).
export const NAME_PARTICLES = wordSet(nameParticles);
export const MONTHS_AND_DAYS = wordSet(monthsDays);
export const ORGANIZATION_HEADS = wordSet(organizationHeads);
export const DESCRIPTION_MODIFIERS = wordSet(descriptionModifiers);
export const GENDER_WORDS = wordMap<Gender>(genderWords);
export const ABBREVIATIONS_WITH_STOP = wordSet(abbreviationsWithStop);

// Descriptions and pronouns (index.ts).
export const PERSON_PRONOUNS = wordMap<Gender>(personPronouns);
export const COUNTRY_GROUP_NOUNS = wordSet(countryGroupNouns);
export const PEOPLE_GROUP_NOUNS = wordSet(peopleGroupNouns);
export const LEADER_GROUP_NOUNS = wordSet(leaderGroupNouns);
export const LEADER_WORDS = wordSet(leaderWords);
export const DESCRIPTION_DETERMINERS = wordSet(descriptionDeterminers);
export const INSTITUTION_HEADS = wordSet(institutionHeads);
export const DOCUMENT_REFERENCE_NOUNS = wordSet(documentReferenceNouns);

// Documents (documents.ts).
/** Single words and phrases, in the file's order. */
export const DOCUMENT_NOUNS: readonly string[] = [...wordSet(documentNouns)];
export const ISSUE_VERBS = wordSet(issueVerbs);
export const ISSUE_ADVERBS = wordSet(issueAdverbs);
export const ISSUE_DETERMINERS = wordSet(issueDeterminers);
export const DOCUMENT_DETERMINERS = wordSet(documentDeterminers);
export const DOCUMENT_ARTICLES = wordSet(documentArticles);
export const BACK_REFERENCE_DETERMINERS = wordSet(backReferenceDeterminers);

// Governments and institutions (governments.ts, institutions.ts, article-mentions.ts).
export const GOVERNMENT_NOUNS = wordSet(governmentNouns);
export const MINISTRY_HEADS = wordSet(ministryHeads);
/** Portfolio word (lower case) → as ministries are officially named. */
export const MINISTRY_PORTFOLIOS = wordMap<string>(portfolios);
export const COMPASS_ADJECTIVES = wordSet(compassAdjectives);
export const SPEECH_AUXILIARIES = wordSet(speechAuxiliaries);
export const NAME_RUN_JOINERS = wordSet(runJoiners);
