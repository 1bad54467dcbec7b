// `assay seizure list | import | document add | report`: routes to the seized-goods subcommands.
import { AssayError } from '../../core/errors';
import type { CliIo } from '../io';
import { seizureDocumentCommand } from './seizureDocumentCommand';
import { seizureImportCommand } from './seizureImportCommand';
import { seizureListCommand } from './seizureListCommand';
import { seizureReportCommand } from './seizureReportCommand';

export async function seizureCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'list':
      return seizureListCommand(rest, io);
    case 'import':
      return seizureImportCommand(rest, io);
    case 'document':
      return seizureDocumentCommand(rest, io);
    case 'report':
      return seizureReportCommand(rest, io);
    default:
      throw new AssayError('bad_flag', `seizure takes "list", "import FILE", "document add FILE..." or "report"${sub ? `, not "${sub}"` : ''}. Run "assay help" to see their flags.`);
  }
}
