import type { Messages } from '../message.ts';

/** Messages of the rules area. Keys start with "rules.". Each says what is wrong and what to do. */
export const rulesMessages = {
  // Rule names, for grouping findings in a list
  'rules.title.R1': { en: 'Commitment template complete', fr: 'Modèle d’engagement complet' },
  'rules.title.R2': { en: 'Outputs and due dates', fr: 'Résultats attendus et échéances' },
  'rules.title.R3': { en: 'Verifiable milestones', fr: 'Jalons vérifiables' },
  'rules.title.R4': { en: 'Ambition hint', fr: 'Indice d’ambition' },
  'rules.title.R5': { en: 'Code hierarchy', fr: 'Hiérarchie des codes' },
  'rules.title.R6': { en: 'English and French', fr: 'Anglais et français' },
  'rules.title.R7': { en: 'Tracker text pairs', fr: 'Paires de textes du suivi' },
  'rules.title.R8': { en: 'One update per period', fr: 'Une mise à jour par période' },
  'rules.title.R9': { en: 'Reasoned responses', fr: 'Réponses motivées' },
  'rules.title.R10': { en: 'Forum meets every six months', fr: 'Forum réuni tous les six mois' },
  'rules.title.R11': { en: 'Two implementation meetings a year', fr: 'Deux réunions de mise en œuvre par année' },
  'rules.title.R12': { en: 'Meeting notes published', fr: 'Notes de réunion publiées' },
  'rules.title.R13': { en: 'Timeline and notice', fr: 'Calendrier et préavis' },
  'rules.title.R14': { en: 'Public influence (“Involve”)', fr: 'Influence du public (« Impliquer »)' },
  'rules.title.R15': { en: 'Plan on time', fr: 'Plan dans les délais' },
  'rules.title.R16': { en: 'Plan in both languages', fr: 'Plan dans les deux langues' },
  'rules.title.R17': { en: 'Sign-off procedure and windows', fr: 'Procédure et périodes d’approbation' },
  'rules.title.R18': { en: 'Chairs alternate', fr: 'Présidence en alternance' },
  'rules.title.R19': { en: 'Neutral venue and remote link', fr: 'Lieu neutre et lien à distance' },
  'rules.title.R20': { en: 'Decision rights', fr: 'Droits de décision' },
  'rules.title.R21': { en: 'Policy officials and CSO partners', fr: 'Responsables des politiques et partenaires de la société civile' },
  'rules.title.R22': { en: 'Targeted outreach', fr: 'Sensibilisation ciblée' },
  'rules.title.R23': { en: 'Plan size', fr: 'Taille du plan' },
  'rules.title.R24': { en: 'Forum composition', fr: 'Composition du forum' },

  // R1 commitment completeness
  'rules.R1.missingTitle': {
    en: 'Give the commitment a title.',
    fr: 'Donnez un titre à l’engagement.',
  },
  'rules.R1.missingProblem': {
    en: 'Describe the issue to be addressed: what public problem does this commitment tackle? Add baseline data if you have it.',
    fr: 'Décrivez l’enjeu à traiter : quel problème public cet engagement vise-t-il à régler? Ajoutez des données de référence si vous en avez.',
  },
  'rules.R1.missingDescription': {
    en: 'Say what the commitment is: what it entails, its expected results and its overall objective.',
    fr: 'Indiquez en quoi consiste l’engagement : ce qu’il comprend, les résultats attendus et son objectif général.',
  },
  'rules.R1.missingTheoryOfChange': {
    en: 'Explain how the commitment will contribute to solving the problem (its theory of change).',
    fr: 'Expliquez comment l’engagement contribuera à régler le problème (sa théorie du changement).',
  },
  'rules.R1.missingLeadInstitution': {
    en: 'Name at least one lead institution (the department responsible).',
    fr: 'Nommez au moins une institution responsable (le ministère chargé de l’engagement).',
  },
  'rules.R1.missingStartDate': {
    en: 'Add the commitment’s start date.',
    fr: 'Ajoutez la date de début de l’engagement.',
  },
  'rules.R1.missingEndDate': {
    en: 'Add the commitment’s end date.',
    fr: 'Ajoutez la date de fin de l’engagement.',
  },
  'rules.R1.endBeforeStart': {
    en: 'The end date comes before the start date: correct one of them.',
    fr: 'La date de fin précède la date de début : corrigez l’une des deux.',
  },
  'rules.R1.noMilestone': {
    en: 'Add at least one milestone: what will be done, how you will know it succeeded, and by when.',
    fr: 'Ajoutez au moins un jalon : ce qui sera fait, comment on saura que c’est réussi et pour quand.',
  },
  'rules.R1.noCoreValue': {
    en: 'Tick at least one of transparency, civic participation or public accountability. Inclusion and technology count only in addition to one of these.',
    fr: 'Cochez au moins une des valeurs suivantes : transparence, participation citoyenne ou responsabilité publique. L’inclusion et la technologie ne comptent qu’en plus de l’une d’elles.',
  },
  'rules.R1.missingValuesRationale': {
    en: 'Explain why the commitment is relevant to the OGP values you ticked.',
    fr: 'Expliquez en quoi l’engagement se rattache aux valeurs du PGO que vous avez cochées.',
  },

  // R2 milestone and indicator outputs and dates
  'rules.R2.missingOutput': {
    en: 'Milestone {code}: say how we will know it succeeded (the expected output).',
    fr: 'Jalon {code} : indiquez comment on saura qu’il est réussi (le résultat attendu).',
  },
  'rules.R2.missingIndicatorText': {
    en: 'Indicator {code}: describe the activity that shows success.',
    fr: 'Indicateur {code} : décrivez l’activité qui témoigne de la réussite.',
  },
  'rules.R2.missingDueDate': {
    en: '{code}: add a due date. A deadline in words (“Ongoing”) is not enough.',
    fr: '{code} : ajoutez une date d’échéance. Une échéance en toutes lettres (« En continu ») ne suffit pas.',
  },
  'rules.R2.undatableDeadline': {
    en: '{code}: the deadline “{deadline}” is in words, so the checks cannot tell whether it falls inside the plan period. Add a month (for example “By March 2027”) if you want it checked.',
    fr: '{code} : l’échéance « {deadline} » est en toutes lettres; les vérifications ne peuvent donc pas dire si elle tombe dans la période du plan. Ajoutez un mois (par exemple « D’ici mars 2027 ») pour qu’elle soit vérifiée.',
  },
  'rules.R2.dueBeforePlanStart': {
    en: '{code}: the due date {date} is before the plan starts ({start}). Move it inside the plan period.',
    fr: '{code} : la date d’échéance {date} précède le début du plan ({start}). Placez-la dans la période du plan.',
  },
  'rules.R2.dueAfterPlanEnd': {
    en: '{code}: the due date {date} is after the plan ends ({end}). Keep it if that is intended, or bring it inside the plan period.',
    fr: '{code} : la date d’échéance {date} est postérieure à la fin du plan ({end}). Gardez-la si c’est voulu, sinon ramenez-la dans la période du plan.',
  },

  // R3 verifiability
  'rules.R3.softVerbsOnly': {
    en: '{code} only says it will “{verbs}”. Name what will be produced (a report, a dataset, a policy…) so the result can be checked.',
    fr: '{code} dit seulement qu’il va « {verbs} ». Nommez ce qui sera produit (un rapport, un jeu de données, une politique…) pour que le résultat puisse être vérifié.',
  },
  'rules.R3.noDeliverable': {
    en: '{code} names no deliverable, date or number. Say what will exist when it is done, so a reviewer can check it.',
    fr: '{code} ne nomme aucun livrable, aucune date ni aucun nombre. Dites ce qui existera une fois le travail fait, pour qu’un examinateur puisse le vérifier.',
  },

  // R4 ambition hint
  'rules.R4.likelyModest': {
    en: 'Hint: every milestone is one of these: {categories}. Reviewers would likely rate the potential for results “Modest”. To aim higher, add a change that lasts: a policy, a regulation, a law or a new practice across government.',
    fr: 'Indice : chaque jalon relève de l’une de ces catégories : {categories}. Les examinateurs jugeraient probablement le potentiel de résultats « modeste ». Pour viser plus haut, ajoutez un changement durable : une politique, un règlement, une loi ou une nouvelle pratique à l’échelle du gouvernement.',
  },
  'rules.R4.likelyUnclear': {
    en: 'Hint: every milestone continues existing work. Reviewers would likely rate the potential for results “Unclear”. Say what this plan adds to what is already done.',
    fr: 'Indice : chaque jalon poursuit un travail existant. Les examinateurs jugeraient probablement le potentiel de résultats « incertain ». Précisez ce que ce plan ajoute à ce qui se fait déjà.',
  },
  'rules.R4.possiblySubstantial': {
    en: 'Hint: the text speaks of binding or institutional change ({words}). If the milestones deliver it, the potential for results could be rated “Substantial”.',
    fr: 'Indice : le texte évoque un changement contraignant ou institutionnel ({words}). Si les jalons le concrétisent, le potentiel de résultats pourrait être jugé « important ».',
  },
  'rules.R4.category.website': { en: 'website', fr: 'site Web' },
  'rules.R4.category.data': { en: 'data release', fr: 'diffusion de données' },
  'rules.R4.category.training': { en: 'training', fr: 'formation' },
  'rules.R4.category.pilot': { en: 'pilot', fr: 'projet pilote' },

  // R5 code hierarchy
  'rules.R5.milestonePrefix': {
    en: 'Code {code} does not belong to commitment {parent}: a milestone code is the commitment code, a dot and a number ({parent}.1).',
    fr: 'Le code {code} n’appartient pas à l’engagement {parent} : un code de jalon est formé du code de l’engagement, d’un point et d’un numéro ({parent}.1).',
  },
  'rules.R5.indicatorPrefix': {
    en: 'Code {code} does not belong to milestone {parent}: an indicator code is the milestone code, a dot and a number ({parent}.1).',
    fr: 'Le code {code} n’appartient pas au jalon {parent} : un code d’indicateur est formé du code du jalon, d’un point et d’un numéro ({parent}.1).',
  },
  'rules.R5.duplicateCode': {
    en: 'Code {code} is used more than once. Give each item its own code.',
    fr: 'Le code {code} est utilisé plus d’une fois. Donnez un code distinct à chaque élément.',
  },

  // R6 bilingual completeness
  'rules.R6.missingEnglish': {
    en: 'This text is written in French only. Add the English version before publication.',
    fr: 'Ce texte n’existe qu’en français. Ajoutez la version anglaise avant la publication.',
  },
  'rules.R6.missingFrench': {
    en: 'This text is written in English only. Add the French version before publication.',
    fr: 'Ce texte n’existe qu’en anglais. Ajoutez la version française avant la publication.',
  },
  'rules.R6.notesOnlyInEnglish': {
    en: 'The notes of “{title}” are published in English only. Publish the French notes too: both languages go out together.',
    fr: 'Les notes de « {title} » ne sont publiées qu’en anglais. Publiez aussi les notes en français : les deux langues paraissent en même temps.',
  },
  'rules.R6.notesOnlyInFrench': {
    en: 'The notes of “{title}” are published in French only. Publish the English notes too: both languages go out together.',
    fr: 'Les notes de « {title} » ne sont publiées qu’en français. Publiez aussi les notes en anglais : les deux langues paraissent en même temps.',
  },

  // R7 tracker pairs
  'rules.R7.progressMissingEnglish': {
    en: '{code}: write the progress in English. If there was none, write “NIL”.',
    fr: '{code} : rédigez l’état d’avancement en anglais. S’il n’y en a aucun, écrivez « NIL ».',
  },
  'rules.R7.progressMissingFrench': {
    en: '{code}: write the progress in French. If there was none, write “NUL”.',
    fr: '{code} : rédigez l’état d’avancement en français. S’il n’y en a aucun, écrivez « NUL ».',
  },
  'rules.R7.nulInEnglish': {
    en: '{code}: in English, write “NIL” when there is no progress (“NUL” is the French).',
    fr: '{code} : en anglais, écrivez « NIL » en l’absence de progrès (« NUL » est la forme française).',
  },
  'rules.R7.nilInFrench': {
    en: '{code}: in French, write “NUL” when there is no progress (“NIL” is the English).',
    fr: '{code} : en français, écrivez « NUL » en l’absence de progrès (« NIL » est la forme anglaise).',
  },
  'rules.R7.evidenceMissingEnglish': {
    en: '{code}: the evidence is in French only. Give it in both languages or leave both empty.',
    fr: '{code} : les preuves ne sont données qu’en français. Donnez-les dans les deux langues ou laissez les deux vides.',
  },
  'rules.R7.evidenceMissingFrench': {
    en: '{code}: the evidence is in English only. Give it in both languages or leave both empty.',
    fr: '{code} : les preuves ne sont données qu’en anglais. Donnez-les dans les deux langues ou laissez les deux vides.',
  },
  'rules.R7.challengesMissingEnglish': {
    en: '{code}: describe the challenges in English. They are required when the status is “Not started” or “Limited progress”, and otherwise go in both languages or neither.',
    fr: '{code} : décrivez les défis en anglais. Ils sont obligatoires quand l’état est « Non commencé » ou « Progrès limité » et, sinon, figurent dans les deux langues ou dans aucune.',
  },
  'rules.R7.challengesMissingFrench': {
    en: '{code}: describe the challenges in French. They are required when the status is “Not started” or “Limited progress”, and otherwise go in both languages or neither.',
    fr: '{code} : décrivez les défis en français. Ils sont obligatoires quand l’état est « Non commencé » ou « Progrès limité » et, sinon, figurent dans les deux langues ou dans aucune.',
  },

  // R8 tracker periods
  'rules.R8.duplicateUpdate': {
    en: '{code} already has an update for {period}. Keep one row per indicator and reporting period.',
    fr: '{code} a déjà une mise à jour pour {period}. Gardez une seule ligne par indicateur et par période de rapport.',
  },
  'rules.R8.periodNotAllowed': {
    en: '{period} is not a reporting period of this plan. Use one of: {allowed}.',
    fr: '{period} n’est pas une période de rapport de ce plan. Utilisez l’une des suivantes : {allowed}.',
  },
  'rules.R8.unknownIndicator': {
    en: 'Indicator {code} is not in the plan. Check the code against the commitments.',
    fr: 'L’indicateur {code} ne figure pas dans le plan. Vérifiez le code par rapport aux engagements.',
  },

  // R9 reasoned responses
  'rules.R9.stillPending': {
    en: 'This proposal has no decision yet, and the plan is at final sign-off. Decide on it and publish the reason.',
    fr: 'Cette proposition n’a pas encore fait l’objet d’une décision, et le plan en est à l’approbation finale. Tranchez et publiez la justification.',
  },
  'rules.R9.responseMissing': {
    en: 'This proposal was not fully adopted and has no published reasoned response. Publish why, in English and French.',
    fr: 'Cette proposition n’a pas été entièrement retenue et n’a aucune réponse motivée publiée. Publiez-en la justification, en anglais et en français.',
  },
  'rules.R9.responseDueBeforeSignOff': {
    en: 'This proposal was not fully adopted. Its reasoned response must be published before the plan reaches final sign-off.',
    fr: 'Cette proposition n’a pas été entièrement retenue. Sa réponse motivée doit être publiée avant que le plan arrive à l’approbation finale.',
  },

  // R10 forum cadence
  'rules.R10.noForumMeeting': {
    en: 'No forum meeting has been held yet. The forum must meet at least every six months.',
    fr: 'Aucune réunion du forum n’a encore eu lieu. Le forum doit se réunir au moins tous les six mois.',
  },
  'rules.R10.gapTooLong': {
    en: 'More than six months passed between the forum meetings of {previous} and {date}. The forum must meet at least every six months.',
    fr: 'Plus de six mois se sont écoulés entre les réunions du forum du {previous} et du {date}. Le forum doit se réunir au moins tous les six mois.',
  },
  'rules.R10.overdue': {
    en: 'The last forum meeting was on {last}; the next was due by {due}. Schedule one now.',
    fr: 'La dernière réunion du forum a eu lieu le {last}; la suivante devait avoir lieu au plus tard le {due}. Planifiez-en une maintenant.',
  },
  'rules.R10.rulesNotPublic': {
    en: 'Add the web address where the forum’s participation rules are published.',
    fr: 'Ajoutez l’adresse Web où sont publiées les règles de participation du forum.',
  },

  // R11 implementation meetings
  'rules.R11.tooFewHeld': {
    en: 'In {year}, {count} implementation meeting(s) with civil society were held; at least {required} were needed to present results and collect comments.',
    fr: 'En {year}, {count} réunion(s) de suivi de la mise en œuvre avec la société civile ont eu lieu; il en fallait au moins {required} pour présenter les résultats et recueillir les commentaires.',
  },
  'rules.R11.tooFewPlanned': {
    en: 'For {year}, {count} implementation meeting(s) with civil society are held or scheduled; plan at least {required}.',
    fr: 'Pour {year}, {count} réunion(s) de suivi de la mise en œuvre avec la société civile ont eu lieu ou sont prévues; prévoyez-en au moins {required}.',
  },

  // R12 notes published
  'rules.R12.notesNotPublished': {
    en: 'The notes of “{title}” are not published in both languages {days} days after the meeting (limit: {limit} days). Review and publish them.',
    fr: 'Les notes de « {title} » ne sont pas publiées dans les deux langues {days} jours après la réunion (limite : {limit} jours). Révisez-les et publiez-les.',
  },
  'rules.R12.notesPublishedLate': {
    en: 'The notes of “{title}” were published {days} days after the meeting (limit: {limit} days).',
    fr: 'Les notes de « {title} » ont été publiées {days} jours après la réunion (limite : {limit} jours).',
  },

  // R13 timeline and notice
  'rules.R13.noWorkplan': {
    en: 'Co-creation has started without a recorded work plan. Publish the timeline and the ways to take part.',
    fr: 'La cocréation a commencé sans plan de travail consigné. Publiez le calendrier et les façons de participer.',
  },
  'rules.R13.timelineNotPublished': {
    en: 'Co-creation starts on {start}. Publish the work plan by {latest}, at least {days} days before.',
    fr: 'La cocréation commence le {start}. Publiez le plan de travail au plus tard le {latest}, soit au moins {days} jours avant.',
  },
  'rules.R13.timelinePublishedLate': {
    en: 'The work plan was published on {published}, less than {days} days before co-creation started ({start}).',
    fr: 'Le plan de travail a été publié le {published}, moins de {days} jours avant le début de la cocréation ({start}).',
  },
  'rules.R13.noNotice': {
    en: '“{title}”: send the notice (agenda and how to join) at least {days} days ahead.',
    fr: '« {title} » : envoyez l’avis (ordre du jour et façon d’y participer) au moins {days} jours à l’avance.',
  },
  'rules.R13.shortNotice': {
    en: '“{title}”: the notice went out less than {days} days before the event.',
    fr: '« {title} » : l’avis a été envoyé moins de {days} jours avant l’activité.',
  },
  'rules.R13.noInPersonEvent': {
    en: 'Every participation event is online only. Offer at least one in-person event as well.',
    fr: 'Toutes les activités de participation sont uniquement en ligne. Offrez aussi au moins une activité en personne.',
  },
  'rules.R13.noOnlineEvent': {
    en: 'No participation event can be joined online. Offer a remote link or an online event as well.',
    fr: 'Aucune activité de participation n’est accessible en ligne. Offrez aussi un lien à distance ou une activité en ligne.',
  },

  // R14 participation level
  'rules.R14.noInput': {
    en: 'Drafting has started but no public proposals are recorded. Record the input collected from the public.',
    fr: 'La rédaction a commencé, mais aucune proposition du public n’est consignée. Consignez les contributions recueillies auprès du public.',
  },
  'rules.R14.feedbackIncomplete': {
    en: 'Only {answered} of {total} proposals have a decision and, where not adopted, a published response. People must hear how their input influenced the plan.',
    fr: 'Seulement {answered} propositions sur {total} ont une décision et, si elles n’ont pas été retenues, une réponse publiée. Les gens doivent savoir comment leur contribution a influencé le plan.',
  },

  // R15 plan deadline
  'rules.R15.dueSoon': {
    en: 'The previous plan ended on {previousEnd}: this plan must be submitted to OGP by {deadline}.',
    fr: 'Le plan précédent a pris fin le {previousEnd} : ce plan doit être soumis au PGO au plus tard le {deadline}.',
  },
  'rules.R15.overdue': {
    en: 'The deadline of {deadline} (12 months after the previous plan ended on {previousEnd}) has passed. OGP counts this as acting contrary to process.',
    fr: 'L’échéance du {deadline} (12 mois après la fin du plan précédent, le {previousEnd}) est passée. Le PGO considère qu’il s’agit d’un manquement au processus.',
  },
  'rules.R15.submittedLate': {
    en: 'The plan was submitted on {submitted}, after the deadline of {deadline} (12 months after {previousEnd}).',
    fr: 'Le plan a été soumis le {submitted}, après l’échéance du {deadline} (12 mois après le {previousEnd}).',
  },

  // R16 plan languages
  'rules.R16.noEnglish': {
    en: 'The plan must exist in English: OGP receives it in English.',
    fr: 'Le plan doit exister en anglais : le PGO le reçoit en anglais.',
  },
  'rules.R16.noFrench': {
    en: 'The plan must exist in French as well as English.',
    fr: 'Le plan doit exister en français aussi bien qu’en anglais.',
  },
  'rules.R16.titleMissingEnglish': {
    en: 'Add the plan’s English title.',
    fr: 'Ajoutez le titre anglais du plan.',
  },
  'rules.R16.titleMissingFrench': {
    en: 'Add the plan’s French title.',
    fr: 'Ajoutez le titre français du plan.',
  },

  // R17 sign-off procedure
  'rules.R17.noProcedure': {
    en: 'Drafting has started without a sign-off procedure. Both sides must agree how each signs off before drafting.',
    fr: 'La rédaction a commencé sans procédure d’approbation. Les deux parties doivent convenir de leur façon d’approuver avant la rédaction.',
  },
  'rules.R17.notAgreed': {
    en: 'Drafting has started but the sign-off procedure is still a draft. Have both sides agree to it.',
    fr: 'La rédaction a commencé, mais la procédure d’approbation n’est encore qu’une ébauche. Faites-la accepter par les deux parties.',
  },
  'rules.R17.agreedAfterDrafting': {
    en: 'The sign-off procedure was agreed on {agreed}, after drafting started ({start}). It must be agreed first.',
    fr: 'La procédure d’approbation a été acceptée le {agreed}, après le début de la rédaction ({start}). Elle doit l’être avant.',
  },
  'rules.R17.governmentWindowTooShort': {
    en: 'This government sign-off window lasts {days} days; the agreed procedure needs at least {minimum}.',
    fr: 'Cette période d’approbation du gouvernement dure {days} jours; la procédure convenue en exige au moins {minimum}.',
  },
  'rules.R17.csnWindowTooShort': {
    en: 'This civil-society sign-off window lasts {days} days; the agreed procedure needs at least {minimum}.',
    fr: 'Cette période d’approbation de la société civile dure {days} jours; la procédure convenue en exige au moins {minimum}.',
  },
  'rules.R17.windowAfterPublication': {
    en: 'This sign-off window closes on {closes}, after publication ({publication}). Move it earlier.',
    fr: 'Cette période d’approbation se termine le {closes}, après la publication ({publication}). Devancez-la.',
  },

  // R18 chair rotation
  'rules.R18.governmentChairedTwice': {
    en: '“{title}”: the government chairs two forum meetings in a row. Civil society should chair this one, or co-chair it.',
    fr: '« {title} » : le gouvernement préside deux réunions du forum de suite. La société civile devrait présider celle-ci, ou la coprésider.',
  },
  'rules.R18.csnChairedTwice': {
    en: '“{title}”: civil society chairs two forum meetings in a row. The government should chair this one, or co-chair it.',
    fr: '« {title} » : la société civile préside deux réunions du forum de suite. Le gouvernement devrait présider celle-ci, ou la coprésider.',
  },

  // R19 venue and remote link
  'rules.R19.governmentPremises': {
    en: '“{title}” is held on government premises. Prefer a neutral venue or an online meeting.',
    fr: '« {title} » a lieu dans des locaux gouvernementaux. Privilégiez un lieu neutre ou une réunion en ligne.',
  },
  'rules.R19.csoPremises': {
    en: '“{title}” is held on a civil-society organisation’s premises. Prefer a neutral venue or an online meeting.',
    fr: '« {title} » a lieu dans les locaux d’une organisation de la société civile. Privilégiez un lieu neutre ou une réunion en ligne.',
  },
  'rules.R19.noRemoteLink': {
    en: '“{title}” has no remote link. Add one so people can join from anywhere.',
    fr: '« {title} » n’a pas de lien pour participer à distance. Ajoutez-en un pour que chacun puisse y assister d’où il veut.',
  },

  // R20 decision rights
  'rules.R20.governmentDecisionByOtherSide': {
    en: 'This government decision was recorded by someone outside government. Only the government decides inclusion: have a government signatory record it.',
    fr: 'Cette décision du gouvernement a été consignée par une personne extérieure au gouvernement. Seul le gouvernement décide de l’inclusion : faites-la consigner par un signataire du gouvernement.',
  },
  'rules.R20.governmentDecisionByOtherRole': {
    en: 'This government decision was recorded without the government signatory role. Have a government signatory record it.',
    fr: 'Cette décision du gouvernement a été consignée sans le rôle de signataire du gouvernement. Faites-la consigner par un signataire du gouvernement.',
  },
  'rules.R20.csnPositionByOtherSide': {
    en: 'This civil-society position was recorded by someone outside the civil society network. Have a CSN signatory record it.',
    fr: 'Cette position de la société civile a été consignée par une personne extérieure au réseau de la société civile. Faites-la consigner par un signataire du réseau.',
  },
  'rules.R20.csnPositionByOtherRole': {
    en: 'This civil-society position was recorded without the CSN signatory role. Have a CSN signatory record it.',
    fr: 'Cette position de la société civile a été consignée sans le rôle de signataire du réseau. Faites-la consigner par un signataire du réseau.',
  },
  'rules.R20.verdictByOtherSide': {
    en: 'This partnership verdict was issued by someone outside the civil society network. Only the network decides whether the process was a partnership.',
    fr: 'Ce verdict sur le partenariat a été rendu par une personne extérieure au réseau de la société civile. Seul le réseau décide si le processus a été un partenariat.',
  },
  'rules.R20.includedWithoutDecision': {
    en: '{code} is marked included, but no government approval is recorded for it. Record the government signatory’s decision.',
    fr: '{code} est marqué comme inclus, mais aucune approbation du gouvernement n’est consignée. Consignez la décision du signataire du gouvernement.',
  },
  'rules.R20.excludedWithoutDecision': {
    en: '{code} is marked not included, but no government decision to decline it is recorded. Record the government signatory’s decision.',
    fr: '{code} est marqué comme non inclus, mais aucune décision de refus du gouvernement n’est consignée. Consignez la décision du signataire du gouvernement.',
  },

  // R21 policy officials and partners
  'rules.R21.noPolicyOfficial': {
    en: 'Name at least one government policy official working on this commitment.',
    fr: 'Nommez au moins un responsable des politiques du gouvernement qui travaille à cet engagement.',
  },
  'rules.R21.noCsoPartner': {
    en: 'Name at least one civil-society partner organisation working on this commitment.',
    fr: 'Nommez au moins une organisation partenaire de la société civile qui travaille à cet engagement.',
  },

  // R22 outreach coverage
  'rules.R22.noTargetedOutreach': {
    en: 'Phase “{phase}” has no targeted outreach logged. Reach out to groups that would not come on their own.',
    fr: 'La phase « {phase} » ne compte aucune activité de sensibilisation ciblée. Allez vers les groupes qui ne viendraient pas d’eux-mêmes.',
  },
  'rules.R22.recruitmentShare': {
    en: 'Of {total} participants whose recruitment is known, {targeted} ({targetedPercent}%) came through targeted outreach and {selfSelected} ({selfSelectedPercent}%) were self-selected.',
    fr: 'Sur {total} participants dont le mode de recrutement est connu, {targeted} ({targetedPercent} %) sont venus par la sensibilisation ciblée et {selfSelected} ({selfSelectedPercent} %) se sont présentés d’eux-mêmes.',
  },

  // R23 plan size
  'rules.R23.fewCommitments': {
    en: 'The plan has {count} commitment(s); OGP guidance suggests at least {minimum}.',
    fr: 'Le plan compte {count} engagement(s); les lignes directrices du PGO en suggèrent au moins {minimum}.',
  },
  'rules.R23.manyCommitments': {
    en: 'The plan has {count} commitments; OGP guidance suggests at most {maximum}.',
    fr: 'Le plan compte {count} engagements; les lignes directrices du PGO en suggèrent au plus {maximum}.',
  },

  // R24 MSF composition
  'rules.R24.civilSocietyCount': {
    en: 'The forum has {count} civil-society member(s); its terms of reference call for {target}.',
    fr: 'Le forum compte {count} membre(s) de la société civile; son mandat en prévoit {target}.',
  },
  'rules.R24.governmentCount': {
    en: 'The forum has {count} government member(s); its terms of reference call for {target}.',
    fr: 'Le forum compte {count} membre(s) du gouvernement; son mandat en prévoit {target}.',
  },
  'rules.R24.coChairCount': {
    en: 'The forum has {count} civil-society co-chair(s); its terms of reference call for {target}.',
    fr: 'Le forum compte {count} coprésident(s) de la société civile; son mandat en prévoit {target}.',
  },
} satisfies Messages;
