/** Kinds of demo service in the other categories (see `demo-template.ts`). */
import type { ServiceTemplate } from './demo-template';

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
