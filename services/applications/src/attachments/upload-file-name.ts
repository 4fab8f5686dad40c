import { MAX_FILE_NAME_LENGTH } from '@yunghap/applications-domain';
import { ProblemException } from '@yunghap/platform-nest';

// RFC 6266 with RFC 8187's extended value: `filename*=UTF-8''%EC%82%AC…` carries any name (Korean
// ones included); a plain `filename="…"` carries ASCII. Browsers and curl send one or both.
const EXTENDED = /(?:^|;)\s*filename\*\s*=\s*UTF-8'[\w-]*'([^;\s]+)/i;
const QUOTED = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i;
const TOKEN = /(?:^|;)\s*filename\s*=\s*([^";\s]+)/i;

const badName = (message: string) => ProblemException.validation([{ field: 'Content-Disposition', rule: 'attachmentFileName', message }]);

// A percent-encoded sequence that is not UTF-8 keeps its readable part, the rest as U+FFFD, as a
// browser would show it: the name is a label for people, not a key.
const decodedExtended = (value: string) =>
  new TextDecoder().decode(
    Buffer.from(
      value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ),
  );

/**
 * The file name a `Content-Disposition: attachment; filename*=UTF-8''…` request header gives,
 * the extended form first; 400 naming the header when there is none. Only the last path segment
 * with a name in it is kept (some clients send the path the file came from); the domain checks the rest.
 */
export function uploadFileName(header: string | undefined): string {
  const extended = header?.match(EXTENDED)?.[1];
  const plain = header?.match(QUOTED)?.[1]?.replace(/\\(.)/g, '$1') ?? header?.match(TOKEN)?.[1];
  const named = extended !== undefined ? decodedExtended(extended) : plain;
  const fileName = named
    ?.split(/[/\\]/)
    .map((segment) => segment.trim())
    .filter(Boolean)
    .pop();
  if (!fileName) {
    throw badName(
      "파일 이름을 Content-Disposition: attachment; filename*=UTF-8''<이름> 으로 보내십시오. (Send the file name as Content-Disposition: attachment; filename*=UTF-8''<name>.)",
    );
  }
  if (fileName.length > MAX_FILE_NAME_LENGTH)
    throw badName(`파일 이름은 ${MAX_FILE_NAME_LENGTH}자 이하여야 합니다. (A file name has at most ${MAX_FILE_NAME_LENGTH} characters.)`);
  return fileName;
}
