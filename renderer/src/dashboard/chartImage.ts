// Saves a drawn recharts chart as SVG (its own <svg>, serialised with the fonts and background it was drawn
// with) or as PNG (that SVG painted onto a canvas at twice the size).
import { saveBlob } from '../files/downloadTextFile';

/** The chart's SVG as a standalone document, or null when nothing is drawn. */
export function chartSvgText(container: HTMLElement): { text: string; width: number; height: number } | null {
  const svg = container.querySelector('svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) return null;
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('style', `font-family: ${getComputedStyle(container).fontFamily}; font-size: 12px; background: #ffffff`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function saveChartSvg(container: HTMLElement, fileName: string): boolean {
  const svg = chartSvgText(container);
  if (!svg) return false;
  saveBlob(fileName, new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  return true;
}

export async function saveChartPng(container: HTMLElement, fileName: string): Promise<boolean> {
  const svg = chartSvgText(container);
  if (!svg) return false;
  const image = new Image();
  // A data: URL, which the renderer's CSP allows for images (img-src 'self' data:).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return false;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return false;
  saveBlob(fileName, blob);
  return true;
}
