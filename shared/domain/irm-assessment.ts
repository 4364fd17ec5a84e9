import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { CommitmentCode } from './commitment-code.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { OgpValue } from './ogp-value.ts';

/**
 * The IRM report a finding comes from (ogp-domain §2.3): the Action Plan Review judges the design
 * (verifiable, relevance, potential for results) about four months after submission; the Results
 * Report judges completion and early results after the plan ends.
 */
export const IrmReport = z.enum(['action_plan_review', 'results_report']);
export type IrmReport = z.infer<typeof IrmReport>;

/** "Verifiable" / "Not verifiable" (IRM glossary, S12). A commitment that is not is "not reviewable". */
export const IrmVerifiability = z.enum(['verifiable', 'not_verifiable']);
export type IrmVerifiability = z.infer<typeof IrmVerifiability>;

/** Potential for results, the IRM's ambition scale (S14): Unclear, Modest, Substantial. */
export const IrmPotential = z.enum(['unclear', 'modest', 'substantial']);
export type IrmPotential = z.infer<typeof IrmPotential>;

/** Completion (S15): No Evidence Available, Not Started, Limited, Substantial, Complete. */
export const IrmCompletion = z.enum(['no_evidence_available', 'not_started', 'limited', 'substantial', 'complete']);
export type IrmCompletion = z.infer<typeof IrmCompletion>;

/** Early results, "Did it Open Government?" (S16): Worsened, Did not change, Marginal, Major, Outstanding. */
export const IrmEarlyResults = z.enum(['worsened', 'did_not_change', 'marginal', 'major', 'outstanding']);
export type IrmEarlyResults = z.infer<typeof IrmEarlyResults>;

/**
 * The IRM's findings on one commitment from one report (`irm.assessed`), copied by a coordinator
 * from the published report: the IRM decides them, the ledger only keeps them beside the plan's own
 * records. A design finding and a results finding are two records of one commitment.
 */
export const IrmAssessment = z
  .object({
    id: Id,
    planId: z.optional(Id),
    commitmentId: Id,
    commitmentCode: CommitmentCode,
    report: IrmReport,
    reportUrl: z.optional(HttpUrl),
    publishedOn: z.optional(IsoDate),
    verifiable: z.optional(IrmVerifiability),
    /** "Relevant to OGP values": yes or no, and which values the IRM named. */
    relevant: z.optional(z.boolean()),
    values: z.optional(z.array(OgpValue)),
    potentialForResults: z.optional(IrmPotential),
    promising: z.optional(z.boolean()),
    completion: z.optional(IrmCompletion),
    didItOpenGovernment: z.optional(IrmEarlyResults),
    summary: z.optional(BilingualText),
  })
  .check(
    // The Action Plan Review assesses design, the Results Report results: a finding in the wrong report is a typing slip.
    z.refine((a) => a.report === 'action_plan_review' || (a.verifiable === undefined && a.potentialForResults === undefined && a.relevant === undefined), {
      error: 'publicrecord.irm.error.designInResults',
      path: ['report'],
    }),
    z.refine((a) => a.report === 'results_report' || (a.completion === undefined && a.didItOpenGovernment === undefined), {
      error: 'publicrecord.irm.error.resultsInReview',
      path: ['report'],
    }),
    // A commitment the IRM found not verifiable is "not reviewable": it has no potential for results.
    z.refine((a) => !(a.verifiable === 'not_verifiable' && a.potentialForResults !== undefined), {
      error: 'publicrecord.irm.error.notReviewable',
      path: ['potentialForResults'],
    }),
  );
export type IrmAssessment = z.infer<typeof IrmAssessment>;
