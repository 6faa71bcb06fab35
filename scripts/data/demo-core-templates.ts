/** Kinds of demo service in the four categories every demo town has (see `demo-template.ts`). */
import type { ServiceTemplate } from './demo-template';

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
