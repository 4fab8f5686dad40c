import { ProblemException } from '@yunghap/platform-nest';
import { uploadFileName } from './upload-file-name';

const refusal = (header: string | undefined) => {
  try {
    uploadFileName(header);
  } catch (error) {
    return error as ProblemException;
  }
  throw new Error(`${header} was accepted`);
};

describe('uploadFileName', () => {
  it("reads a Korean name from filename*=UTF-8'' and prefers it to the ASCII fallback", () => {
    expect(uploadFileName(`attachment; filename*=UTF-8''${encodeURIComponent('사업계획서 최종.pdf')}`)).toBe('사업계획서 최종.pdf');
    expect(uploadFileName(`attachment; filename="plan.pdf"; filename*=utf-8'ko'${encodeURIComponent('사업계획서.pdf')}`)).toBe('사업계획서.pdf');
  });

  it('reads a quoted or bare ASCII name', () => {
    expect(uploadFileName('attachment; filename="business \\"plan\\".pdf"')).toBe('business "plan".pdf');
    expect(uploadFileName('attachment; filename=plan.hwp')).toBe('plan.hwp');
  });

  it('keeps a name whose percent-encoding is not UTF-8, its broken bytes as U+FFFD', () => {
    expect(uploadFileName("attachment; filename*=UTF-8''plan%E0%A4.pdf")).toBe('plan\ufffd.pdf');
  });

  it('keeps only the last path segment a client sent', () => {
    expect(uploadFileName('attachment; filename="C:\\\\Users\\\\park\\\\plan.pdf"')).toBe('plan.pdf');
    expect(uploadFileName(`attachment; filename*=UTF-8''${encodeURIComponent('../../etc/사업계획서.pdf')}`)).toBe('사업계획서.pdf');
    expect(uploadFileName("attachment; filename*=UTF-8''plan%2F%20")).toBe('plan');
  });

  it.each([undefined, 'attachment', 'attachment; filename=""', "attachment; filename*=UTF-8''%2F%20%2F", `attachment; filename="${'a'.repeat(256)}"`])(
    'refuses %s with 400 naming the header',
    (header) => {
      const problem = refusal(header);
      expect(problem.getStatus()).toBe(400);
      expect(JSON.stringify(problem.getResponse())).toContain('Content-Disposition');
    },
  );
});
