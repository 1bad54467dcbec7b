// Findings of the images rule say which stored image they concern as data, not only in their sentence: the
// listing image's SHA-256, the official photo's it copies, and how many other sellers list the same image.
// Null on every other finding, and on image findings scored before this migration until the next `assay score`.

export const name = 'finding_images';

export const sql = `
ALTER TABLE finding ADD COLUMN image_sha256 TEXT CHECK (length(image_sha256) = 64);
ALTER TABLE finding ADD COLUMN photo_sha256 TEXT CHECK (length(photo_sha256) = 64);
ALTER TABLE finding ADD COLUMN other_sellers INTEGER CHECK (other_sellers > 0);
`;
