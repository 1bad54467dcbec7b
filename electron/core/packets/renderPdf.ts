// Draws a packet document as a PDF with pdfkit. Every field that would change from run to run (creation and
// modification dates, and the file ID pdfkit derives from them) is fixed to the export's time, so the same
// inputs give the same bytes.
import fs from 'node:fs';
import type { DocumentBlock, PacketDocument, PhotoSide } from './packetDocument';
import { packetFontBytes } from './pdfFonts';

const MARGIN = 50;

export async function renderPdf(doc: PacketDocument, time: Date, producer: string): Promise<Buffer> {
  // Loaded when first drawn: pdfkit takes a fifth of a second to load, which every CLI command would otherwise pay.
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = packetFontBytes();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // No default font: pdfkit would load Helvetica, and the packet's text needs CJK glyphs.
    font: null as unknown as string,
    info: { Title: doc.title, Subject: doc.subject, Author: doc.author, Creator: producer, Producer: producer, CreationDate: time, ModDate: time },
    autoFirstPage: true,
  });
  // Registered names are what pdfkit caches a font under, so switching between them never re-parses the file.
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const font = (bold = false) => pdf.font(bold ? 'bold' : 'regular');
  font();
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const block of doc.blocks) drawBlock(pdf, font, block);
  pdf.end();
  return done;
}

type UseFont = (bold?: boolean) => PDFKit.PDFDocument;

function drawBlock(pdf: PDFKit.PDFDocument, font: UseFont, block: DocumentBlock): void {
  const width = pdf.page.width - 2 * MARGIN;
  switch (block.type) {
    case 'title':
      font(true).fontSize(16).text(block.text, { width });
      pdf.moveDown(0.6);
      break;
    case 'heading':
      pdf.moveDown(0.4);
      font(true).fontSize(12).text(block.text, { width });
      pdf.moveDown(0.3);
      break;
    case 'subheading':
      pdf.moveDown(0.2);
      font(true).fontSize(10).text(block.text, { width });
      break;
    case 'paragraph':
      font(block.bold).fontSize(10).text(block.text, { width, align: 'left' });
      pdf.moveDown(0.4);
      break;
    case 'fields':
      for (const [label, value] of block.rows) {
        font(true).fontSize(9).text(`${label}: `, { continued: true, width });
        font().text(value, { width });
      }
      pdf.moveDown(0.4);
      break;
    case 'list':
      for (const item of block.items) font().fontSize(9).text(`•  ${item}`, { width, indent: 0 });
      pdf.moveDown(0.4);
      break;
    case 'photos':
      drawPhotos(pdf, font, block.left, block.right, width);
      break;
    case 'pageBreak':
      pdf.addPage();
      break;
  }
}

const PHOTO_HEIGHT = 180;

function drawPhotos(pdf: PDFKit.PDFDocument, font: UseFont, left: PhotoSide, right: PhotoSide, width: number): void {
  if (pdf.y + PHOTO_HEIGHT + 30 > pdf.page.height - MARGIN) pdf.addPage();
  const top = pdf.y;
  const half = (width - 20) / 2;
  [left, right].forEach((side, i) => {
    const x = MARGIN + i * (half + 20);
    font(true).fontSize(8).text(side.caption, x, top, { width: half });
    const imageTop = top + 14;
    if (!side.file) {
      font().fontSize(8).text('No photo on file for this side.', x, imageTop + 4, { width: half });
      return;
    }
    try {
      pdf.image(fs.readFileSync(side.file), x, imageTop, { fit: [half, PHOTO_HEIGHT] });
    } catch {
      font().fontSize(8).text('This file is not a JPEG or PNG image that a PDF can show; it is in evidence/.', x, imageTop + 4, { width: half });
    }
  });
  pdf.x = MARGIN;
  pdf.y = top + 14 + PHOTO_HEIGHT + 12;
}
