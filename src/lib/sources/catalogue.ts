/**
 * The one list of sources behind Onward's life-critical words. Kept in one place so the same page
 * is cited the same way wherever it is used.
 */
import { researchedRound2, savedCopySource as source, type GuidanceSource } from './guidance-source';

/**
 * Every source Onward's life-critical words cite (the overdose pages and the plan's checklist),
 * copied from shared/research/content.md (section named in each comment). Nothing marked
 * UNCONFIRMED there is used; URLs are exactly as found (some are http).
 */
export const sources = {
  // §A9 Emergency numbers
  emergencyNumber: source('Faces & Voices of Recovery UK (emergency help page)', 'https://www.facesandvoicesofrecoveryuk.org/emergency-help/'),
  // §A1 Signs
  homelessLink: source('Homeless Link: Naloxone in homelessness services (updated 7 July 2025)', 'https://homeless.org.uk/knowledge-hub/naloxone-in-homelessness-services/'),
  prenoxadIdentify: source('Prenoxad manufacturer (HCP page)', 'https://www.prenoxadinjection.com/hcp/identify.html'),
  // §A2 Steps
  sdfLothian: source('Scottish Drugs Forum leaflet: Naloxone Can Be A Lifesaver (via NHS Lothian DRD page)', 'http://drdlothian.org.uk/Pages/overdose.aspx'),
  prenoxadLeaflet: source('Prenoxad patient leaflet (drugs.com)', 'https://www.drugs.com/uk/prenoxad-1mg-ml-injection-leaflet.html'),
  prenoxadNotBreathing: source('Prenoxad manufacturer ("Not breathing" page)', 'http://www.prenoxadinjection.com/drug/notbreathing.html'),
  prenoxadWhenHow: source('Prenoxad manufacturer ("When and how" page)', 'http://prenoxadinjection.com/drug/when_and_how.html'),
  addaction: source('Addaction (overdose page)', 'https://www.addaction.org.uk/help-and-support/advice-and-information/harm-reduction/overdose'),
  edp: source('EDP (naloxone page)', 'https://www.edp.org.uk/naloxone/'),
  snnagBls: source('Scottish National Naloxone Advisory Group 2013 (naloxone.org.uk, basic life support)', 'http://naloxone.org.uk/index.php/naloxoneseperator/naloxoneinformation/bls'),
  resusCouncil: source('Resuscitation Council UK: 2021 adult basic life support guidelines', 'https://www.resus.org.uk/library/2021-resuscitation-guidelines/adult-basic-life-support-guidelines'),
  // §A3 Kits (With You's page also gives the Prenoxad assembly steps, §D7; naloxone.org.uk agrees)
  withYouPrenoxad: source('We Are With You (page on the Prenoxad naloxone injection)', 'https://www.wearewithyou.org.uk/help-and-advice/safer-injecting/how-use-naloxone-injection-prenoxad/'),
  naloxoneOrgInjectable: source('naloxone.org.uk (page on giving injectable naloxone)', 'https://naloxone.org.uk/how-to-administer-naloxone-injectable/'),
  nyxoidSmpc: source('Nyxoid UK SmPC (MHRA/GB, Napp, rev. 2021), via RxReasoner', 'https://www.rxreasoner.com/monographs/nyxoid/usage'),
  // The notes quote section 4.4 from RxReasoner's precautions page but record no address for it.
  nyxoidSmpcPrecautions: source('Nyxoid UK SmPC, section 4.4 (RxReasoner precautions page)'),
  withYouNyxoid: source('We Are With You (page on the Nyxoid nasal spray)', 'https://www.wearewithyou.org.uk/advice-and-information/advice-for-you/how-to-use-naloxone-nyxoid'),
  // The notes record a pack size from this page but no address for it.
  opioidOverdoseTraining: source('opioidoverdose.co.uk (training page)'),
  nyxoidLeaflet: source('Nyxoid patient leaflet, Mundipharma Irish (IE) copy (manuals.online)', 'https://manuals.online/mundipharma/personal-care-product/nyxoid/manual/11ajf'),
  nhsFife: source('NHS Fife (community pharmacy page)', 'https://www.communitypharmacy.scot.nhs.uk/nhs-fife/?p=86'),
  // §A4 Wears off
  changeGrowLive: source('Change Grow Live (naloxone page)', 'https://www.changegrowlive.org/advice-info/alcohol-drugs/naloxone-overdose-reversal-drug'),
  emcddaNaloxone: source('EMCDDA: take-home naloxone topic overview', 'https://www.emcdda.europa.eu/publications/topic-overviews/take-home-naloxone'),
  // §A5 Tolerance after prison
  merrall: source('Merrall et al. 2010, Addiction 105:1545–54', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2955973'),
  bukten: source('University of Oslo SERAF news (Bukten et al. 2017)', 'http://www.med.uio.no/klinmed/english/research/centres/seraf/news-and-events/news/2017/high-risk-of-overdose-death-following-release.html'),
  buktenSummary: source('Russell Webster summary (Bukten et al. 2017)', 'https://www.russellwebster.com/releaseod/'),
  farrellMarsden: source('Farrell & Marsden 2008, Addiction 103:251–5 (abstract)', 'https://kclpure.kcl.ac.uk/portal/en/publications/acute-risk-of-drug-related-death-among-newly-released-prisoners-i'),
  // §A6 Mixing
  frank: source('FRANK (talktofrank.com news page)', 'https://www.talktofrank.com/news/leave-mixing-dj-0'),
  mhraGabapentinoids: source('MHRA Drug Safety Update (pregabalin and gabapentin)', 'https://gov.uk/drug-safety-update/pregabalin-lyrica-gabapentin-neurontin-and-risk-of-abuse-and-dependence-new-scheduling-requirements-from-1-april'),
  cpscNitazenes: source('CPSC summary of the OHID National Patient Safety Alert (July 2023)', 'https://cpsc.org.uk/news/latest-cpsc-news/national-patient-safety-alert'),
  sunNitazenes: source('SUN Network copy of the OHID National Patient Safety Alert', 'https://www.sunnetwork.org.uk/national-patient-safety-alert-potent-synthetic-opioids/'),
  // §A7 Legal position
  govukSupply: source('GOV.UK: Supplying take home naloxone without a prescription', 'https://gov.uk/guidance/supplying-take-home-naloxone-without-a-prescription'),
  naloxoneSuppliers2024: source('healthcare-management.uk (page on the December 2024 naloxone supply rules)', 'https://www.healthcare-management.uk/government-plans-boost-access-drug-overdose-medication'),
  policeProtocol: source('North Yorkshire overdose protocol (harrogate-news.co.uk, 2012)', 'https://harrogate-news.co.uk/2012/08/20/drug-overdose-dial-999-without-delay'),
  // §A8 Where to get it
  drugwise: source('DrugWise (naloxone page)', 'http://www.drugwise.org.uk/naloxone/'),
  sdfByPost: source('Scottish Drugs Forum (click and deliver naloxone service, first year)', 'https://sdf.org.uk/click-and-deliver-naloxone-service-delivered-348-kits-in-its-first-year/'),
  // §A10 Alcohol withdrawal
  drinkaware: source('Drinkaware (page on alcohol withdrawal symptoms)', 'https://drinkaware.co.uk/facts/health-effects-of-alcohol/general-health-effects/alcohol-withdrawal-symptoms'),
  niceCg100: source('NICE CG100: Recommendations', 'https://www.nice.org.uk/guidance/cg100/chapter/Recommendations'),
  // §D10 Alcohol withdrawal fits and 999
  alcoholChange: source(
    'Alcohol Change UK (alcohol withdrawal: what to look out for)',
    'https://alcoholchange.org.uk/help-and-support/get-help-now/coronavirus-information-and-advice-hub/coronavirus-alcohol-withdrawal-what-to-look-out-for',
    researchedRound2
  ),
  cdas: source(
    'CDAS, Stoke-on-Trent (alcohol withdrawal symptoms)',
    'https://cdas.adeptwebdesign.co.uk/making-changes-to-your-drinking-habits/alcohol-withdrawal-symptoms',
    researchedRound2
  ),
  // §A11 International
  who2014: source('WHO 2014: Community management of opioid overdose (NGC summary)', 'https://jesse.tg/ngc-archive/summary/10618'),
  // The plan's checklist (content.md §B, corrected by §D8 and §D10); it also cites sources above.
  // §B probation
  criminalJusticeHub: source(
    'Criminal Justice Hub: supervision and support while on licence',
    'https://www.criminaljusticehub.org.uk/task/what-does-being-on-licence-mean/supervision-and-support-while-on-licence/'
  ),
  sentencingAcademy: source('Sentencing Academy: release on licence', 'https://sentencingacademy.org.uk/release-on-licence'),
  // §B OST continuity and medicines
  continuityOfCare: source(
    'OHID/HMPPS: continuity of care between prison and the community, self-assessment tool (12 June 2023)',
    'https://www.gov.uk/government/publications/continuity-of-care-from-prison-to-community-self-assessment-tool/continuity-of-care-between-prison-and-the-community-self-assessment-tool-guidance'
  ),
  pharmaceuticalJournal: source(
    'Pharmaceutical Journal: pharmacies warned to be prepared to support people released early from prison',
    'https://pharmaceutical-journal.com/article/news/pharmacies-warned-to-be-prepared-to-support-people-being-released-early-from-prison'
  ),
  // §B housing
  shelterDutyToRefer: source(
    'Shelter (legal pages): homelessness referrals for people in prison and on probation',
    'http://england.shelter.org.uk/professional_resources/legal/homelessness_applications/homelessness_duty_to_refer/homelessness_referrals_for_people_in_prison_and_on_probation'
  ),
  // The notes give "nacro.org.uk housing/homelessness page" for the Resettlement Advice Service number, no address.
  nacroHousing: source('Nacro (housing and homelessness page)'),
  prisonReformTrust: source('Prison Reform Trust (resettlement page: Shelter’s number)', 'http://www.prisonreformtrust.org.uk/ForPrisonersFamilies/PrisonerInformationPages/Resettlement'),
  // §B discharge grant
  nacroGrant: source(
    'Nacro: the increased discharge grant',
    'https://www.nacro.org.uk/news/the-increased-discharge-grant-is-welcome-news-now-for-a-broader-package-of-support-for-all-prison-leavers/'
  ),
  hardmanDirectory: source('Hardman Directory (discharge grant and travel warrant)', 'https://directory.hardmantrust.org.uk/single.php?id=4029'),
  // §B Universal Credit, §D8 the new-claim advance
  govukUcPrisonLeavers: source(
    'GOV.UK: Universal Credit for prison leavers (updated 12 January 2026)',
    'https://www.gov.uk/government/publications/universal-credit-and-prison-leavers/prin-leavers-and-universal-credit'
  ),
  ucSameDay: source('DWP statement (socialwelfaretraining.co.uk)', 'http://socialwelfaretraining.co.uk/news/support-prisoners'),
  ucParliament: source('Parliamentary answer, 8 March 2022', 'https://www.parallelparliament.co.uk/question/131369/universal-credit-prisoners-release'),
  shelterUcAdvance: source(
    'Shelter England: Universal Credit advances before your first payment',
    'https://england.shelter.org.uk/housing_advice/benefits/how_to_claim_universal_credit/universal_credit_advances_before_your_first_payment',
    researchedRound2
  ),
  // §B local welfare assistance: the notes name these without an address.
  nacroTheMix: source('Nacro and The Mix (local welfare assistance)'),
  // §B Friday releases
  stGiles: source('St Giles Trust, in Police Oracle', 'https://touch.policeoracle.com/news/article.cfm?id=109013'),
  // §A9 numbers (the notes give "talktofrank.com" for FRANK's number, no page address)
  frankHome: source('FRANK (talktofrank.com)'),
  neas111: source('North East Ambulance Service (NHS 111)', 'https://neas.nhs.uk/your-service/111'),
  // §D9: Wales has 111, press 2, too; the notes give the report, no address.
  itvWales111: source('ITV Wales, 20 June 2023 (NHS 111 Wales: press 2 for mental health)', undefined, researchedRound2),
  samaritans: source('Samaritans (contact a Samaritan)', 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', researchedRound2),
  // §B GP
  healthwatch: source(
    'Healthwatch: registering with a GP, understanding your rights',
    'https://www.healthwatch.co.uk/advice-and-information/2019-01-23/registering-your-gp-understanding-your-rights'
  ),
  // §B ID and bank
  unlock: source('Unlock: ID for opening a bank account', 'https://unlock.org.uk/advice/id-opening-bank-account/'),
  newFutures: source('New Futures Network: prisoner ID and banking programmes', 'https://newfuturesnetwork.gov.uk/prisoner-id-and-banking-programmes/'),
  theMix: source('The Mix (the B79 discharge form)')
} as const satisfies Record<string, GuidanceSource>;
