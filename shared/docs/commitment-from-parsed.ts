import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Commitment, CommitmentContact } from '../domain/commitment.ts';
import type { Milestone } from '../domain/milestone.ts';
import type { OgpValue } from '../domain/ogp-value.ts';
import type { ParsedCommitment } from './parse-document.ts';
import { normaliseLabel } from './normalise-label.ts';
import { parsePlainDate } from './parse-plain-date.ts';
import { type ReadFinding, readFinding } from './read-finding.ts';

const VALUE_WORDS: Record<string, OgpValue> = {
  transparency: 'transparency',
  transparence: 'transparency',
  'civic participation': 'civic_participation',
  'citizen participation': 'civic_participation',
  'public participation': 'civic_participation',
  'participation civique': 'civic_participation',
  'participation citoyenne': 'civic_participation',
  'participation du public': 'civic_participation',
  'public accountability': 'public_accountability',
  accountability: 'public_accountability',
  'responsabilite publique': 'public_accountability',
  'reddition de comptes': 'public_accountability',
  responsabilisation: 'public_accountability',
  'technology and innovation': 'technology_innovation',
  'technology and innovation for openness and accountability': 'technology_innovation',
  'technologie et innovation': 'technology_innovation',
  inclusion: 'inclusion',
};

const text = (value: BilingualText | undefined): BilingualText => ({ en: value?.en ?? '', fr: value?.fr ?? '' });
const either = (value: BilingualText | undefined): string => (value?.en || value?.fr || '').trim();

/** A list cell: one item per line, or separated by commas or semicolons. */
function listOf(value: BilingualText | undefined): string[] {
  const raw = either(value);
  if (raw === '') return [];
  return raw
    .split(/\n|;|,(?![^()]*\))/)
    .map((item) => item.replace(/^[•\-–*]\s*/, '').trim())
    .filter((item) => item !== '')
    .map((item) => item.slice(0, 200));
}

function contactOf(value: BilingualText | undefined): CommitmentContact | undefined {
  const parts = listOf(value);
  if (parts.length === 0) return undefined;
  const email = parts.find((p) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p));
  const phone = parts.find((p) => /^[+()\d][\d\s().-]{6,}$/.test(p));
  const rest = parts.filter((p) => p !== email && p !== phone);
  return {
    name: rest[0] ?? email ?? '',
    ...(rest[1] ? { title: rest[1] } : {}),
    ...(rest[2] ? { department: rest[2] } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  };
}

export type CommitmentReading = { commitment: Commitment; findings: ReadFinding[] };

/**
 * The domain commitment (ogp-domain §3.2) from what the parser read, under the id that anchors it.
 * Dates and OGP values that are not recognisable are left out and reported; a milestone deadline
 * that is not a date ("Fall 2027", "Ongoing") is kept as text with no end date, for rule R2 to say so.
 */
export function commitmentFromParsed(parsed: ParsedCommitment, id: string): CommitmentReading {
  const findings: ReadFinding[] = [];
  const f = parsed.fields;
  const code = parsed.code;
  const at = (path: string) => parsed.locations[path] ?? { block: parsed.headingBlock };
  const values: OgpValue[] = [];
  for (const item of listOf(f.ogpValues)) {
    const value = VALUE_WORDS[normaliseLabel(item)];
    if (value) {
      if (!values.includes(value)) values.push(value);
    } else findings.push(readFinding('docs.read.unknownValue', 'warn', at('ogpValues'), { code, value: item.slice(0, 60) }, code));
  }
  const dateOf = (key: 'startDate' | 'endDate') => {
    const raw = either(f[key]);
    if (raw === '') return undefined;
    const date = parsePlainDate(raw);
    if (!date) findings.push(readFinding('docs.read.undatable', 'warn', at(key), { code, value: raw.slice(0, 60) }, code));
    return date;
  };
  const startDate = dateOf('startDate');
  const endDate = dateOf('endDate');
  const contact = contactOf(f.contact);
  const milestones: Milestone[] = parsed.milestones.map((m) => {
    const due = parsePlainDate(m.deadline.en) ?? parsePlainDate(m.deadline.fr);
    return {
      code: m.code,
      text: text(m.text),
      leadDept: [],
      expectedOutputs: text(m.expectedOutputs),
      ...(due ? { endDate: due } : {}),
      ...(m.deadline.en !== '' || m.deadline.fr !== '' ? { deadline: text(m.deadline) } : {}),
      indicators: [],
    };
  });
  const optionalText = (key: 'theme' | 'problemStatement' | 'causes' | 'additionalInfo' | 'gbaPlusNote') =>
    f[key] && (f[key]!.en !== '' || f[key]!.fr !== '') ? { [key]: text(f[key]) } : {};
  const otherActors = listOf(f.otherActors);
  const commitment: Commitment = {
    id,
    code,
    title: text(parsed.title),
    ...optionalText('theme'),
    issueToBeAddressed: text(f.issueToBeAddressed),
    ...optionalText('problemStatement'),
    ...optionalText('causes'),
    description: text(f.description),
    theoryOfChange: text(f.theoryOfChange),
    ogpValues: values,
    valuesRationale: text(f.valuesRationale),
    leadInstitutions: listOf(f.leadInstitutions),
    supportInstitutions: listOf(f.supportInstitutions),
    ...(otherActors.length > 0 ? { otherActors } : {}),
    ...(contact && contact.name !== '' ? { contact } : {}),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    policyAreas: listOf(f.policyAreas),
    ...optionalText('additionalInfo'),
    ...optionalText('gbaPlusNote'),
    policyOfficials: [],
    csoPartners: [],
    sourceProposals: [],
    lifecycleState: 'drafting',
    inclusionDecision: 'pending',
    milestones,
  };
  return { commitment, findings };
}
