// The images half of the side-by-side comparison: the genuine product's official photos beside the listing's own
// stored images, as thumbnails with their file names, each marked where the images rule found a match (an
// official photo reused, or an image other sellers list too). Image addresses are never downloaded.
import type { ImageMark, ListingImageMarks } from '../../../electron/api/imageContract';
import type { ImageReference } from '../../../electron/api/reviewContract';
import { useOperation } from '../api/useOperation';
import { EvidenceThumbnail } from '../components/EvidenceThumbnail';

interface Props {
  listingId: number;
  listing: readonly ImageReference[];
  official: readonly ImageReference[];
  /** Whether a genuine product is matched, to say why there are no official photos. */
  hasProduct: boolean;
}

export function ComparisonImages(props: Props) {
  // The marks are asked for only when there are images to mark.
  return props.listing.length > 0 || props.official.length > 0 ? <ColumnsWithMarks {...props} /> : <Columns {...props} marks={undefined} marksError={null} />;
}

function ColumnsWithMarks(props: Props) {
  const { data, error } = useOperation('images.listingMarks', { listingId: props.listingId });
  return <Columns {...props} marks={data?.listingId === props.listingId ? data : undefined} marksError={error} />;
}

function Columns({ listing, official, hasProduct, marks, marksError }: Props & { marks: ListingImageMarks | undefined; marksError: string | null }) {
  return (
    <div className="comparison-images" role="group" aria-label="Images side by side">
      <section className="comparison-images__column" aria-label="Official photos">
        <h4 className="risk-subtitle">Official photos</h4>
        {official.length === 0 ? (
          <p className="muted">{hasProduct ? 'The matched product has no stored official photos.' : 'No genuine product is matched, so there are no official photos to compare.'}</p>
        ) : (
          <ImageList images={official.map((image) => ({ image, caption: image.originalName, marks: marksOf(marks?.official, image) }))} />
        )}
      </section>
      <section className="comparison-images__column" aria-label="Listing images">
        <h4 className="risk-subtitle">Listing images</h4>
        {listing.length === 0 ? (
          <p className="muted">
            This listing has no stored images. Attach them with <code>assay import FILE --images DIR</code>; image addresses are never downloaded.
          </p>
        ) : (
          <ImageList images={inRuleOrder(listing, marks)} />
        )}
      </section>
      {marksError ? <p className="hint comparison-images__marks-error">The image matches could not be read: {marksError}</p> : null}
    </div>
  );
}

interface ShownImage {
  image: ImageReference;
  caption: string;
  marks: ImageMark[];
}

function ImageList({ images }: { images: readonly ShownImage[] }) {
  return (
    <ul className="comparison-images__list">
      {images.map(({ image, caption, marks }) => (
        <li key={image.evidenceId} className={`comparison-image${marks.length > 0 ? ' comparison-image--matched' : ''}`}>
          <figure className="comparison-image__figure">
            <EvidenceThumbnail evidenceId={image.evidenceId} name={image.originalName} />
            <figcaption className="comparison-image__caption">
              <span className="comparison-image__name mono" title={image.sha256}>
                {caption}
              </span>
              {marks.map((mark) => (
                <span key={`${mark.rule}-${mark.label}`} className={`image-mark image-mark--${mark.rule === 'image.official_photo' ? 'official' : 'shared'}`} title={mark.message}>
                  <span aria-hidden="true">⚑ </span>
                  {mark.label}
                </span>
              ))}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

const marksOf = (marks: readonly ImageMark[] | undefined, image: ImageReference): ImageMark[] => (marks ?? []).filter((m) => m.sha256 === image.sha256);

/** The listing's images numbered as the images rule numbers them ("Image 2" in a finding is the second here); others after. */
function inRuleOrder(listing: readonly ImageReference[], marks: ListingImageMarks | undefined): ShownImage[] {
  const order = marks?.imageOrder ?? [];
  const rank = (image: ImageReference) => {
    const at = order.indexOf(image.sha256);
    return at === -1 ? order.length : at;
  };
  return [...listing]
    .sort((a, b) => rank(a) - rank(b))
    .map((image) => {
      const at = order.indexOf(image.sha256);
      return { image, caption: at === -1 ? image.originalName : `Image ${at + 1} · ${image.originalName}`, marks: marksOf(marks?.listing, image) };
    });
}
