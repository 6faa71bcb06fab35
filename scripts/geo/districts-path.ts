/** Where `npm run geo:build` writes the postcode district table and the data build looks for it (gitignored). */
export const districtsPath = 'data/geo/postcode-districts.json';
