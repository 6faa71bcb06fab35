/**
 * Small place tables for tests, unit and browser alike. Town positions are GeoNames' (rounded);
 * the postcode districts are made up, like the ONSPD fixture they stand for
 * (scripts/geo/fixtures/onspd-sample.csv): never ship them.
 */
import type { DistrictsTable, TownsTable } from './tables';

export const townsFixture: TownsTable = {
  format: 'onward-towns',
  version: 1,
  attribution: ['Test places from GeoNames (CC BY 4.0).'],
  areas: [
    ['Leeds', 'E'],
    ['Isle of Wight', 'E'],
    ['Newport', 'W'],
    ['Essex', 'E'],
    ['Hertfordshire', 'E'],
    ['Greater London', 'E'],
    ['Newcastle upon Tyne', 'E'],
    ['Newry Mourne and Down', 'N'],
    ['Norfolk', 'E'],
    ['Stoke-on-Trent', 'E'],
    ['Gwynedd', 'W'],
    ['Manchester', 'E']
  ],
  towns: [
    ['Leeds', 0, 53.797, -1.548, 455123],
    ['Holbeck', 0, 53.785, -1.561, 5505],
    ['Newport', 1, 50.701, -1.289, 24884],
    ['Newport', 2, 51.588, -2.998, 306844],
    ['Newport', 3, 51.983, 0.217, 2352],
    ['St Albans', 4, 51.755, -0.336, 84561],
    ['London', 5, 51.509, -0.126, 7556900],
    ['London Colney', 4, 51.726, -0.3, 8507],
    ['Newcastle upon Tyne', 6, 54.973, -1.614, 192382],
    ['Newcastle', 7, 54.218, -5.892, 7672],
    ["King's Lynn", 8, 52.752, 0.404, 46093],
    ['Stoke-on-Trent', 9, 53.004, -2.185, 372775],
    ['Caernarfon', 10, 53.14, -4.273, 9852],
    ['Manchester', 11, 53.481, -2.237, 395515]
  ]
};

/** Districts as `npm run geo:build` makes them from the ONSPD fixture (made-up postcodes, rounded centres). */
export const districtsFixture: DistrictsTable = {
  format: 'onward-postcode-districts',
  version: 1,
  attribution: ['Test postcode districts (fixture).'],
  districts: [
    ['LS1', 53.797, -1.548],
    ['LS2', 53.803, -1.553],
    ['M1', 53.479, -2.232],
    ['SW1A', 51.501, -0.142]
  ]
};
