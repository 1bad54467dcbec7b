// Drag and drop of files onto a drop zone, the same everywhere a person gives Assay files (an import, evidence,
// a case archive): whether something is being dragged over it, and the handlers to spread on the zone.
import { useState, type DragEvent } from 'react';

export function useFileDrop(onFiles: (files: FileList) => void, busy: boolean) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragEnter: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragOver: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setDragging(false);
      if (!busy) onFiles(e.dataTransfer.files);
    },
  };
  return { dragging, dropProps };
}
