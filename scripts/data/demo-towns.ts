/**
 * The 25 towns of the fictional demo services (data/demo.json), authored with the demo: GeoNames
 * has no postcode districts, address regions or borough names, and the demo needs them for its
 * made-up addresses. Centres were hand-entered (to about 0.01°) when the demo was drafted and are
 * kept so `draft-demo.ts` still reproduces data/demo.json; `geonames` names the GeoNames place
 * each lies within 1 km of (checked in datasets.test.ts). Populations are rounded estimates and
 * only decide how many extra services a town gets.
 */
import type { Town } from './towns';

export interface DemoTown extends Town {
  /** Real outward codes at or near the centre, for demo addresses. */
  postcode_districts: string[];
  /** The GeoNames place (scripts/geo/uk-places.ts) at this centre. */
  geonames: string;
}

export const demoTowns: readonly DemoTown[] = [
  { id: 'stevenage', name: 'Stevenage', region: 'Hertfordshire', country: 'England', latitude: 51.903, longitude: -0.201, population: 89000, postcode_districts: ['SG1', 'SG2'], geonames: 'Stevenage' },
  { id: 'hertford', name: 'Hertford', region: 'Hertfordshire', country: 'England', latitude: 51.796, longitude: -0.0785, population: 27000, postcode_districts: ['SG13', 'SG14'], geonames: 'Hertford' },
  { id: 'watford', name: 'Watford', region: 'Hertfordshire', country: 'England', latitude: 51.6555, longitude: -0.3965, population: 102000, postcode_districts: ['WD17', 'WD18', 'WD24'], geonames: 'Watford' },
  { id: 'st-albans', name: 'St Albans', region: 'Hertfordshire', country: 'England', latitude: 51.7525, longitude: -0.338, population: 82000, postcode_districts: ['AL1', 'AL3'], geonames: 'St Albans' },
  { id: 'haringey', name: 'Haringey', postal_town: 'London', region: 'London Borough of Haringey', country: 'England', latitude: 51.597, longitude: -0.11, population: 264000, postcode_districts: ['N22', 'N8', 'N15'], part_of: 'london', geonames: 'Wood Green' },
  { id: 'tower-hamlets', name: 'Tower Hamlets', postal_town: 'London', region: 'London Borough of Tower Hamlets', country: 'England', latitude: 51.519, longitude: -0.052, population: 310000, postcode_districts: ['E1', 'E1W', 'E3', 'E14'], part_of: 'london', geonames: 'Stepney' },
  { id: 'westminster', name: 'Westminster', postal_town: 'London', region: 'City of Westminster', country: 'England', latitude: 51.512, longitude: -0.138, population: 204000, postcode_districts: ['W1D', 'W1F', 'W1B', 'W1J', 'SW1Y'], part_of: 'london', geonames: 'Soho' },
  { id: 'kensington-chelsea', name: 'Kensington and Chelsea', postal_town: 'London', region: 'Royal Borough of Kensington and Chelsea', country: 'England', latitude: 51.501, longitude: -0.1925, population: 143000, postcode_districts: ['W8', 'SW5', 'SW7', 'W11'], part_of: 'london', geonames: 'Kensington' },
  { id: 'chester', name: 'Chester', region: 'Cheshire', country: 'England', latitude: 53.1905, longitude: -2.891, population: 90000, postcode_districts: ['CH1', 'CH2', 'CH3', 'CH4'], geonames: 'Chester' },
  { id: 'liverpool', name: 'Liverpool', region: 'Merseyside', country: 'England', latitude: 53.406, longitude: -2.985, population: 486000, postcode_districts: ['L1', 'L2', 'L3'], geonames: 'Liverpool' },
  { id: 'manchester', name: 'Manchester', region: 'Greater Manchester', country: 'England', latitude: 53.48, longitude: -2.242, population: 552000, postcode_districts: ['M1', 'M2', 'M4'], geonames: 'Manchester' },
  { id: 'leeds', name: 'Leeds', region: 'West Yorkshire', country: 'England', latitude: 53.797, longitude: -1.545, population: 812000, postcode_districts: ['LS1', 'LS2', 'LS11'], geonames: 'Leeds' },
  { id: 'sheffield', name: 'Sheffield', region: 'South Yorkshire', country: 'England', latitude: 53.381, longitude: -1.47, population: 556000, postcode_districts: ['S1', 'S2', 'S3'], geonames: 'Sheffield' },
  { id: 'nottingham', name: 'Nottingham', region: 'Nottinghamshire', country: 'England', latitude: 52.953, longitude: -1.15, population: 324000, postcode_districts: ['NG1', 'NG2', 'NG3'], geonames: 'Nottingham' },
  { id: 'leicester', name: 'Leicester', region: 'Leicestershire', country: 'England', latitude: 52.6365, longitude: -1.1335, population: 368000, postcode_districts: ['LE1', 'LE2', 'LE3'], geonames: 'Leicester' },
  { id: 'birmingham', name: 'Birmingham', region: 'West Midlands', country: 'England', latitude: 52.479, longitude: -1.9, population: 1145000, postcode_districts: ['B1', 'B2', 'B4', 'B5'], geonames: 'Birmingham' },
  { id: 'bristol', name: 'Bristol', region: 'City of Bristol', country: 'England', latitude: 51.455, longitude: -2.592, population: 472000, postcode_districts: ['BS1', 'BS2'], geonames: 'Bristol' },
  { id: 'reading', name: 'Reading', region: 'Berkshire', country: 'England', latitude: 51.456, longitude: -0.971, population: 174000, postcode_districts: ['RG1', 'RG2'], geonames: 'Reading' },
  { id: 'newcastle', name: 'Newcastle upon Tyne', region: 'Tyne and Wear', country: 'England', latitude: 54.974, longitude: -1.613, population: 300000, postcode_districts: ['NE1', 'NE2', 'NE4'], geonames: 'Newcastle upon Tyne' },
  { id: 'plymouth', name: 'Plymouth', region: 'Devon', country: 'England', latitude: 50.371, longitude: -4.142, population: 265000, postcode_districts: ['PL1', 'PL4'], geonames: 'Plymouth' },
  { id: 'norwich', name: 'Norwich', region: 'Norfolk', country: 'England', latitude: 52.629, longitude: 1.293, population: 144000, postcode_districts: ['NR1', 'NR2', 'NR3'], geonames: 'Norwich' },
  { id: 'cardiff', name: 'Cardiff', region: 'Cardiff', country: 'Wales', latitude: 51.481, longitude: -3.179, population: 362000, postcode_districts: ['CF10', 'CF11', 'CF24'], geonames: 'Cardiff' },
  { id: 'glasgow', name: 'Glasgow', region: 'Glasgow City', country: 'Scotland', latitude: 55.861, longitude: -4.25, population: 622000, postcode_districts: ['G1', 'G2', 'G4'], geonames: 'Glasgow' },
  { id: 'edinburgh', name: 'Edinburgh', region: 'City of Edinburgh', country: 'Scotland', latitude: 55.953, longitude: -3.189, population: 512000, postcode_districts: ['EH1', 'EH2', 'EH3', 'EH8'], geonames: 'Edinburgh' },
  { id: 'belfast', name: 'Belfast', region: 'Belfast', country: 'Northern Ireland', latitude: 54.597, longitude: -5.93, population: 345000, postcode_districts: ['BT1', 'BT2', 'BT7', 'BT12'], geonames: 'Belfast' }
];
