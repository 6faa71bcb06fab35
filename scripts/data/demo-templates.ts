/**
 * The kinds of fictional service `draft-demo.ts` puts in each demo town: names, wording,
 * categories, attributes and hours. Every name and organisation starts "Example"; no real
 * organisation is named. `{town}` is replaced by the town's name.
 */
import type { OpeningPattern } from './opening-hours';

export interface ServiceTemplate {
  /** Slug used in ids, URLs and e-mail addresses. */
  key: string;
  /** Middle of the service name: "Example {name} {town}". */
  name: string;
  organisation: string;
  categories: string[];
  attributes: string[];
  /** Opening hours, or null for "phone for times". */
  hours: OpeningPattern | null;
  description: string;
  eligibility?: string;
  application?: string;
  fees?: string;
  minimumAge?: number;
  /** Which drama range the main number comes from: the town's own, a mobile or a freephone one. */
  phone: 'local' | 'mobile' | 'freephone';
  /** Adds a mobile number for texts. */
  textLine?: boolean;
}

/** Categories every demo town has at least one service in. */
export const coreCategories = ['drugs-alcohol', 'housing', 'gp-health', 'peer-support'] as const;

/** Replaces the night shelter in a few towns, so women-only beds appear in the demo. */
export const womensNightShelter: ServiceTemplate = {
  key: 'womens-night-shelter',
  name: "Women's Night Shelter",
  organisation: "Example Women's Housing Trust",
  categories: ['housing'],
  attributes: ['walk-in', 'free', 'no-id', 'prison-leavers', 'same-day', 'women-only'],
  hours: 'overnight',
  description: 'A safe bed for the night for women only, with a hot meal, a shower and breakfast. Women staff are on duty all night.',
  eligibility: 'Women aged 18 and over with nowhere safe to sleep tonight, including women released from prison today. You do not need ID.',
  application: 'Doors open at 8pm. Phone after 6pm to check there is a bed.',
  minimumAge: 18,
  phone: 'local'
};

/** Core kinds, by category. Towns take them in turn so each kind appears several times. */
export const coreTemplates: Record<(typeof coreCategories)[number], ServiceTemplate[]> = {
  'drugs-alcohol': [
    {
      key: 'recovery-hub',
      name: 'Recovery Hub',
      organisation: 'Example Recovery Partnership',
      categories: ['drugs-alcohol', 'prescribing', 'needle-naloxone'],
      attributes: ['walk-in', 'free', 'naloxone', 'prison-leavers', 'same-day'],
      hours: 'lateThursday',
      description:
        'Free help with drugs and alcohol in {town}. You can see a key worker, talk about a script and pick up a free naloxone kit.',
      eligibility:
        'Adults aged 18 and over. If you have just left prison, come in on the day you get out and bring your release papers if you have them.',
      application: 'Walk in, or phone to book a time. If you were on a script in prison, tell the desk straight away so you are seen the same day.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'drug-alcohol-service',
      name: 'Drug and Alcohol Service',
      organisation: 'Example Treatment Trust',
      categories: ['drugs-alcohol', 'prescribing'],
      attributes: ['free', 'naloxone', 'prison-leavers', 'no-id'],
      hours: 'officeHours',
      description:
        'Treatment and support if drugs or alcohol are causing you problems: one-to-one key work, groups, scripts and free naloxone.',
      eligibility: 'Adults living in or near {town}. Prison or probation can refer you before release, or you can refer yourself by phone.',
      application: 'Phone to refer yourself. You do not need ID for your first appointment.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'alcohol-drug-advice',
      name: 'Alcohol and Drug Advice Centre',
      organisation: 'Example Recovery Partnership',
      categories: ['drugs-alcohol'],
      attributes: ['walk-in', 'free', 'naloxone'],
      hours: 'officeAndSaturday',
      description:
        'Advice and support to cut down or stop drinking or using. If you drink heavily every day, do not stop suddenly: talk to us or a doctor first.',
      eligibility: 'Anyone aged 16 or over, and the people close to them.',
      minimumAge: 16,
      phone: 'local'
    }
  ],
  housing: [
    {
      key: 'night-shelter',
      name: 'Night Shelter',
      organisation: 'Example Homeless Trust',
      categories: ['housing'],
      attributes: ['walk-in', 'free', 'no-id', 'prison-leavers', 'same-day'],
      hours: 'overnight',
      description: 'A safe bed for the night, a hot evening meal and breakfast. Beds are limited, so phone first or come early.',
      eligibility: 'Adults aged 18 and over with nowhere to sleep tonight, including people released from prison today. You do not need ID.',
      application: 'Doors open at 8pm. Phone after 6pm to check there is a bed.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'housing-advice',
      name: 'Housing Advice Centre',
      organisation: 'Example Housing Advice',
      categories: ['housing'],
      attributes: ['walk-in', 'free', 'prison-leavers'],
      hours: 'officeHours',
      description:
        'Advice if you are homeless or about to lose your home. We help you make a homeless application to the council and find somewhere to stay.',
      eligibility:
        'Anyone living in {town} or with a link to the area. If probation referred you to the council before release, bring the letter if you have it.',
      phone: 'local'
    },
    {
      key: 'supported-hostel',
      name: 'Supported Hostel',
      organisation: 'Example Housing Association',
      categories: ['housing'],
      attributes: ['open-24h', 'prison-leavers'],
      hours: 'allHours',
      description:
        'Supported rooms for single adults, with staff on site day and night. A key worker helps you settle in and move on to your own place.',
      eligibility: 'Adults aged 18 and over, referred by probation, the council or a support worker. Phone to ask about referring yourself.',
      fees: 'Rent is covered by Universal Credit housing costs or Housing Benefit. There is a small weekly service charge.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'housing-options',
      name: 'Housing Options Drop-in',
      organisation: 'Example Housing Advice',
      categories: ['housing'],
      attributes: ['walk-in', 'free', 'same-day', 'no-id'],
      hours: 'officeHours',
      description: 'Same-day help if you have nowhere to stay tonight. Come before 2pm so there is time to find you a place.',
      eligibility: 'Anyone who is homeless tonight or could lose their home in the next 8 weeks.',
      phone: 'local'
    }
  ],
  'gp-health': [
    {
      key: 'health-centre',
      name: 'Health Centre',
      organisation: 'Example Health Partnership',
      categories: ['gp-health'],
      attributes: ['no-id', 'free', 'prison-leavers'],
      hours: 'surgery',
      description: 'A GP surgery taking new patients. You do not need ID or a fixed address to register: you can use our address.',
      eligibility: 'Anyone living in the area, including people with no fixed address.',
      application: 'Ask at reception for a registration form. Bring any medicines you were given when you left prison.',
      phone: 'local'
    },
    {
      key: 'homeless-health-clinic',
      name: 'Homeless Health Clinic',
      organisation: 'Example Health Partnership',
      categories: ['gp-health'],
      attributes: ['walk-in', 'no-id', 'free', 'same-day', 'prison-leavers'],
      hours: 'mornings',
      description:
        'A walk-in nurse and GP clinic for people who are homeless or have just left prison. We help with wounds, medicines and registering with a GP.',
      eligibility: 'Adults who are homeless, sleeping rough or in a hostel, or who left prison in the last few weeks.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'medical-practice',
      name: 'Medical Practice',
      organisation: 'Example Health Partnership',
      categories: ['gp-health'],
      attributes: ['free', 'no-id'],
      hours: 'officeAndSaturday',
      description: 'Family doctors, nurses and a practice pharmacist. Saturday morning appointments for people who work in the week.',
      eligibility: 'Anyone living in the practice area. You do not need proof of address to register.',
      phone: 'local'
    }
  ],
  'peer-support': [
    {
      key: 'recovery-cafe',
      name: 'Recovery Café',
      organisation: 'Example Peer Network',
      categories: ['peer-support'],
      attributes: ['walk-in', 'free', 'prison-leavers'],
      hours: 'cafeEvenings',
      description: 'A friendly café run by people in recovery. Drop in for a cuppa, a chat and a mutual aid meeting.',
      eligibility: 'Anyone in recovery or thinking about it, and their friends and family. The café is alcohol and drug free.',
      phone: 'local'
    },
    {
      key: 'peer-mentors',
      name: 'Peer Mentors',
      organisation: 'Example Through the Gate',
      categories: ['peer-support', 'probation-justice'],
      attributes: ['prison-leavers', 'free', 'same-day'],
      hours: 'officeHours',
      description:
        'Mentors who have been through prison and recovery themselves. A mentor can meet you at the gate and come with you to your first appointments.',
      eligibility: 'People leaving prison to live in {town}. Ask your prison key worker or probation officer to refer you, or phone us.',
      application: 'Phone or text the mentor line. Try to get in touch at least 2 weeks before your release date.',
      phone: 'mobile',
      textLine: true
    },
    {
      key: 'recovery-meeting',
      name: 'Recovery Meeting',
      organisation: 'Example Peer Network',
      categories: ['peer-support'],
      attributes: ['walk-in', 'free', 'no-id'],
      hours: 'weeklyMeeting',
      description: 'A weekly mutual aid meeting for people recovering from drugs or alcohol. No need to book or to speak: just come along.',
      eligibility: 'Anyone who wants to stop or cut down.',
      phone: 'local'
    }
  ]
};

/** The other categories, each with its kinds. Towns take these in turn after their core four. */
export const extraTemplates: Record<string, ServiceTemplate[]> = {
  prescribing: [
    {
      key: 'prescribing-clinic',
      name: 'Prescribing Clinic',
      organisation: 'Example Treatment Trust',
      categories: ['prescribing', 'drugs-alcohol'],
      attributes: ['prison-leavers', 'same-day', 'naloxone', 'free'],
      hours: 'officeHours',
      description:
        'Opioid substitution treatment, such as methadone or buprenorphine, and script reviews. If you left prison on a script, we aim to see you the same day so you do not miss a dose.',
      eligibility: 'Adults already in treatment, or referred by prison healthcare or a drug service key worker.',
      application: 'Phone before you are released if you can. On release day, come before 3pm.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'script-continuity',
      name: 'Script Continuity Team',
      organisation: 'Example Treatment Trust',
      categories: ['prescribing'],
      attributes: ['prison-leavers', 'free'],
      hours: 'releaseDesk',
      description:
        'A team that makes sure your script carries on when you leave prison. We talk to prison healthcare and your pharmacy before your release day.',
      eligibility: 'People in prison on a script who are coming out to live in {town}.',
      phone: 'local'
    }
  ],
  'needle-naloxone': [
    {
      key: 'needle-exchange',
      name: 'Needle Exchange',
      organisation: 'Example Harm Reduction',
      categories: ['needle-naloxone'],
      attributes: ['walk-in', 'free', 'no-id', 'needle-exchange', 'naloxone'],
      hours: 'officeAndSaturday',
      description:
        'Free needles, syringes and other kit, a safe place to return used ones, and free naloxone. You do not have to give your name.',
      eligibility: 'Anyone aged 18 or over who injects drugs.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'harm-reduction-van',
      name: 'Harm Reduction Van',
      organisation: 'Example Harm Reduction',
      categories: ['needle-naloxone'],
      attributes: ['walk-in', 'free', 'no-id', 'needle-exchange', 'naloxone'],
      hours: 'vanEvenings',
      description: 'Our van visits {town} three evenings a week with clean kit, naloxone and advice. Phone or text to find out where it is parked.',
      phone: 'mobile',
      textLine: true
    },
    {
      key: 'naloxone-training',
      name: 'Naloxone Training',
      organisation: 'Example Harm Reduction',
      categories: ['needle-naloxone'],
      attributes: ['free', 'naloxone', 'same-day', 'prison-leavers'],
      hours: null,
      description: 'Learn to use naloxone in about 10 minutes and take a free kit home. Family and friends are welcome too.',
      application: 'Phone to book a short session at a time that suits you.',
      phone: 'local'
    }
  ],
  pharmacy: [
    {
      key: 'pharmacy',
      name: 'Pharmacy',
      organisation: 'Example Pharmacy Group',
      categories: ['pharmacy', 'needle-naloxone'],
      attributes: ['walk-in', 'needle-exchange', 'naloxone'],
      hours: 'pharmacy',
      description:
        'A high street pharmacy with supervised consumption, a needle exchange and free naloxone. Ask to use the private consultation room.',
      phone: 'local'
    },
    {
      key: 'late-pharmacy',
      name: 'Late Pharmacy',
      organisation: 'Example Pharmacy Group',
      categories: ['pharmacy'],
      attributes: ['walk-in'],
      hours: 'latePharmacy',
      description: 'Open late every day, including Sundays. Bring your prescription: prescriptions from prison are free to dispense.',
      phone: 'local'
    },
    {
      key: 'community-pharmacy',
      name: 'Community Pharmacy',
      organisation: 'Example Chemists',
      categories: ['pharmacy'],
      attributes: ['walk-in', 'naloxone'],
      hours: 'pharmacy',
      description: 'Your local chemist for prescriptions, advice on minor illnesses and free naloxone kits.',
      phone: 'local'
    }
  ],
  'mental-health': [
    {
      key: 'crisis-cafe',
      name: 'Crisis Café',
      organisation: 'Example Mind and Wellbeing',
      categories: ['mental-health'],
      attributes: ['walk-in', 'free', 'same-day'],
      hours: 'crisisEvenings',
      description: 'An evening safe space if things feel too much. Talk to a trained worker over a hot drink, no appointment needed.',
      eligibility: 'Adults aged 18 and over in {town} who are struggling with their mental health.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'talking-therapies',
      name: 'Talking Therapies',
      organisation: 'Example Mind and Wellbeing',
      categories: ['mental-health'],
      attributes: ['free', 'prison-leavers'],
      hours: 'lateThursday',
      description: 'Free talking therapies for stress, low mood, anxiety and trauma. You can refer yourself by phone.',
      eligibility: 'Adults registered with a GP in the area. Being on probation does not stop you using the service.',
      phone: 'local'
    },
    {
      key: 'listening-line',
      name: 'Listening Line',
      organisation: 'Example Mind and Wellbeing',
      categories: ['mental-health'],
      attributes: ['free', 'phone-line', 'open-24h'],
      hours: 'allHours',
      description: 'A free phone line to talk to a trained volunteer at any time of day or night. You do not have to give your name.',
      phone: 'freephone'
    }
  ],
  money: [
    {
      key: 'benefits-advice',
      name: 'Benefits Advice',
      organisation: 'Example Advice Centre',
      categories: ['money'],
      attributes: ['free', 'walk-in', 'prison-leavers'],
      hours: 'officeHours',
      description:
        'Help to claim Universal Credit and to ask for an advance on the day you claim. Bring any letters and your discharge papers if you have them.',
      phone: 'local'
    },
    {
      key: 'money-advice',
      name: 'Money Advice Centre',
      organisation: 'Example Advice Centre',
      categories: ['money'],
      attributes: ['free'],
      hours: 'twoDays',
      description: 'Free, confidential help with debts, budgeting, rent arrears and court fines. We can talk to the people you owe for you.',
      phone: 'local'
    },
    {
      key: 'crisis-fund-help',
      name: 'Crisis Fund Helpdesk',
      organisation: 'Example Advice Centre',
      categories: ['money'],
      attributes: ['free', 'same-day', 'phone-line'],
      hours: null,
      description: 'Help to apply for local welfare assistance and budgeting loans for essentials such as bedding, a cooker or gas and electric.',
      application: 'Phone us and leave a message: we call back within one working day.',
      phone: 'local'
    }
  ],
  food: [
    {
      key: 'food-bank',
      name: 'Food Bank',
      organisation: 'Example Food Network',
      categories: ['food'],
      attributes: ['free', 'no-id'],
      hours: 'foodBank',
      description:
        'Three days of emergency food. You usually need a referral from a support worker, probation or the council, but if you have just left prison, phone us and we will help.',
      phone: 'local'
    },
    {
      key: 'community-lunch',
      name: 'Community Lunch',
      organisation: 'Example Food Network',
      categories: ['food'],
      attributes: ['walk-in', 'free', 'no-id'],
      hours: 'sundayLunch',
      description: 'A free hot Sunday lunch in a church hall, with no questions asked. Take-away bags when there is extra.',
      phone: 'local'
    },
    {
      key: 'community-supper',
      name: 'Community Supper',
      organisation: 'Example Food Network',
      categories: ['food', 'activities'],
      attributes: ['walk-in', 'free', 'no-id'],
      hours: 'thirdFriday',
      description: 'A free monthly supper cooked by volunteers. Come for a hot meal and good company.',
      phone: 'local'
    }
  ],
  'id-banking': [
    {
      key: 'id-banking-help',
      name: 'ID and Banking Help',
      organisation: 'Example Advice Centre',
      categories: ['id-banking'],
      attributes: ['free', 'prison-leavers', 'walk-in'],
      hours: 'twoDays',
      description:
        'Help to get ID, such as a birth certificate, and to open a basic bank account. A letter from probation or the jobcentre can often help prove who you are.',
      phone: 'local'
    },
    {
      key: 'id-support-worker',
      name: 'ID Support Worker',
      organisation: 'Example Through the Gate',
      categories: ['id-banking'],
      attributes: ['free', 'prison-leavers'],
      hours: null,
      description: 'A support worker who helps you replace lost ID and open a bank account after prison. Hours vary, so phone or text to arrange a meeting.',
      phone: 'mobile'
    }
  ],
  'work-training': [
    {
      key: 'jobs-skills-hub',
      name: 'Jobs and Skills Hub',
      organisation: 'Example Work Programme',
      categories: ['work-training'],
      attributes: ['free', 'prison-leavers'],
      hours: 'officeHours',
      description:
        'Help with CVs, telling employers about convictions, training courses and finding work with employers who welcome people with convictions.',
      phone: 'local'
    },
    {
      key: 'skills-academy',
      name: 'Skills Academy',
      organisation: 'Example Work Programme',
      categories: ['work-training'],
      attributes: ['free', 'prison-leavers'],
      hours: null,
      description: 'Free short courses in construction, warehouse and catering skills, with help to find work at the end. New courses start every month.',
      application: 'Phone to ask when the next course starts.',
      phone: 'local'
    }
  ],
  'probation-justice': [
    {
      key: 'resettlement-service',
      name: 'Resettlement Service',
      organisation: 'Example Through the Gate',
      categories: ['probation-justice'],
      attributes: ['prison-leavers', 'free', 'same-day'],
      hours: 'officeHours',
      description:
        'Practical help in your first weeks out: somewhere to stay, benefits, ID and getting to your probation appointments on time.',
      eligibility: 'Adults released from prison in the last 12 weeks who live in {town}.',
      minimumAge: 18,
      phone: 'local'
    },
    {
      key: 'release-day-desk',
      name: 'Release Day Desk',
      organisation: 'Example Through the Gate',
      categories: ['probation-justice', 'housing'],
      attributes: ['prison-leavers', 'walk-in', 'same-day', 'free', 'no-id'],
      hours: 'releaseDesk',
      description:
        'If you are released to {town}, come here first. We help you get to probation, find a bed for tonight and sort your script, even on a Friday.',
      phone: 'local'
    },
    {
      key: 'licence-advice-line',
      name: 'Licence Advice Line',
      organisation: 'Example Law Centre',
      categories: ['probation-justice', 'legal-advice'],
      attributes: ['free', 'phone-line', 'prison-leavers'],
      hours: 'officeHours',
      description: 'Questions about your licence conditions, curfew or recall? Call for free, confidential advice from trained advisers.',
      phone: 'freephone'
    }
  ],
  'family-support': [
    {
      key: 'families-group',
      name: 'Families Support Group',
      organisation: 'Example Families Network',
      categories: ['family-support'],
      attributes: ['free'],
      hours: 'firstSaturday',
      description:
        'A monthly group for partners, parents and children of people in or just out of prison. Share what is happening with people who understand.',
      phone: 'local'
    },
    {
      key: 'womens-centre',
      name: "Women's Centre",
      organisation: "Example Women's Centre",
      categories: ['family-support', 'mental-health'],
      attributes: ['women-only', 'walk-in', 'free', 'prison-leavers'],
      hours: 'officeHours',
      description: 'A safe space for women, with key workers, a crèche and groups. We support women leaving prison and women on probation.',
      eligibility: 'Women aged 18 and over, and their children.',
      phone: 'local'
    },
    {
      key: 'family-contact',
      name: 'Family Contact Service',
      organisation: 'Example Families Network',
      categories: ['family-support'],
      attributes: ['free', 'prison-leavers'],
      hours: 'twoDays',
      description: 'Support to rebuild contact with your children and family after prison, including help with contact arrangements and parenting courses.',
      phone: 'local'
    }
  ],
  activities: [
    {
      key: 'community-sport',
      name: 'Community Sport Sessions',
      organisation: 'Example Active Lives',
      categories: ['activities'],
      attributes: ['free', 'walk-in'],
      hours: 'gym',
      description: 'Free gym, football and boxing fitness sessions for people in recovery or on probation. Kit and showers provided.',
      phone: 'local'
    },
    {
      key: 'allotment-project',
      name: 'Allotment Project',
      organisation: 'Example Green Spaces',
      categories: ['activities', 'work-training'],
      attributes: ['free', 'prison-leavers'],
      hours: 'twoDays',
      description: 'Grow food, learn new skills and spend time outdoors with a friendly team. Lunch is provided on project days.',
      phone: 'local'
    },
    {
      key: 'arts-evening',
      name: 'Arts Evening',
      organisation: 'Example Arts Collective',
      categories: ['activities'],
      attributes: ['free', 'walk-in'],
      hours: 'lastThursday',
      description: 'A monthly evening of art, music and writing for people in recovery. No experience needed.',
      phone: 'local'
    }
  ],
  'legal-advice': [
    {
      key: 'legal-clinic',
      name: 'Legal Advice Clinic',
      organisation: 'Example Law Centre',
      categories: ['legal-advice'],
      attributes: ['free'],
      hours: 'secondTuesday',
      description: 'Free legal advice on housing, benefits, debt and family problems from volunteer solicitors. Phone to book a slot.',
      phone: 'local'
    },
    {
      key: 'law-centre',
      name: 'Law Centre',
      organisation: 'Example Law Centre',
      categories: ['legal-advice'],
      attributes: ['free', 'prison-leavers'],
      hours: 'officeHours',
      description:
        'Free advice and help at tribunals on housing, benefits and work problems, including when you have to tell people about a criminal record.',
      phone: 'local'
    }
  ]
};
