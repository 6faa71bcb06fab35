import { intlLocales } from '../i18n/intl-locale';

/** A source for a piece of life-critical guidance, with the month it was read. */
export interface GuidanceSource {
  /**
   * The source's own title as shared/research/content.md gives it (not translated). Where the notes
   * give no title, the organisation and what the page is, in brackets, as the notes describe it.
   */
  name: string;
  /** Absent where the notes name a page but record no address for it: cited, not linked. */
  url?: string;
  /** ISO year-month the source was read. */
  checked: string;
  /**
   * Whether that reading was of the live page. The research read archived copies and says each
   * figure needs checking against the live page before release (content.md header), so the pages
   * say so ("overdose.checkedArchived") until someone has checked the live page and set this.
   */
  live: boolean;
}

/** When shared/research/content.md was researched: the date each source below was read. */
const researched = '2026-11';

const source = (name: string, url?: string): GuidanceSource => ({ name, url, checked: researched, live: false });

/**
 * Every source the overdose pages cite, copied from shared/research/content.md (section named in
 * each comment). Nothing marked UNCONFIRMED there is used; URLs are exactly as found (some are http).
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
  // §A3 Kits
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
  // §A11 International
  who2014: source('WHO 2014: Community management of opioid overdose (NGC summary)', 'https://jesse.tg/ngc-archive/summary/10618')
} as const satisfies Record<string, GuidanceSource>;

/** What the emergency steps rest on (§A2–A4), listed on their last step. */
export const emergencyStepSources: readonly GuidanceSource[] = [
  sources.prenoxadIdentify,
  sources.sdfLothian,
  sources.addaction,
  sources.edp,
  sources.snnagBls,
  sources.resusCouncil,
  sources.prenoxadLeaflet,
  sources.prenoxadNotBreathing,
  sources.prenoxadWhenHow,
  sources.withYouNyxoid,
  sources.nyxoidSmpc,
  sources.nyxoidSmpcPrecautions,
  sources.nyxoidLeaflet,
  sources.withYouPrenoxad,
  sources.naloxoneOrgInjectable,
  sources.changeGrowLive,
  sources.drugwise
];

/** Kept for the Call 999 note, which cites where 999 and 112 come from. */
export const emergencyNumberSource: GuidanceSource = sources.emergencyNumber;

/**
 * The message for a list's checked date: "Checked <date>." only once every source in it was read
 * on its live page; until then the words say the reading was of saved copies.
 */
export function checkedKey(list: readonly GuidanceSource[]): 'overdose.checked' | 'overdose.checkedArchived' {
  return list.every((s) => s.live) ? 'overdose.checked' : 'overdose.checkedArchived';
}

/** "November 2026" in the page's language. */
export function checkedLabel(source: GuidanceSource, lang: string): string {
  const [year, month] = source.checked.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1))
  );
}

/**
 * The earliest check among a section's sources: what "Checked <date>" at its end shows, since a
 * section is only as fresh as its stalest source.
 */
export function oldestCheck(list: readonly GuidanceSource[]): GuidanceSource | undefined {
  return [...list].sort((a, b) => a.checked.localeCompare(b.checked))[0];
}
