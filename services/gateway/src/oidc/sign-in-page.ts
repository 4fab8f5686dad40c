import { DEMO_PEOPLE, DemoPerson } from './demo-people';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function group(heading: string, people: readonly DemoPerson[]): string {
  const buttons = people
    .map((p) => `<li><button type="submit" name="sub" value="${escape(p.sub)}">${escape(p.name)} <span class="sub">${escape(p.sub)}</span></button></li>`)
    .join('');
  return `<fieldset><legend>${escape(heading)}</legend><ul>${buttons}</ul></fieldset>`;
}

/** The development provider's "sign in as" page: one button per demo person, grouped; no script, no external resource. */
export function signInPage(action: string): string {
  const headings = [...new Set(DEMO_PEOPLE.map((p) => p.group))];
  const groups = headings
    .map((heading) =>
      group(
        heading,
        DEMO_PEOPLE.filter((p) => p.group === heading),
      ),
    )
    .join('');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>개발용 로그인 (Development sign-in) · 융합</title>
<link rel="stylesheet" href="${DEV_SIGN_IN_STYLESHEET}">
</head>
<body>
<main>
<h1>개발용 로그인 <span lang="en">(Development sign-in)</span></h1>
<p>로그인할 사람을 고르십시오. 이 화면은 개발 환경에만 있고 운영 환경에서는 실행되지 않습니다.
<span lang="en">Choose whom to sign in as. This provider exists for development only and never runs in production.</span></p>
<form method="post" action="${escape(action)}">${groups}</form>
</main>
</body>
</html>`;
}

export const DEV_SIGN_IN_STYLESHEET = '/dev-oidc/interaction/sign-in.css';

export const SIGN_IN_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1d; background: #f4f5f6; line-height: 1.5; }
main { max-width: 40rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; }
h1 { font-size: 1.5rem; margin-top: 0; }
fieldset { border: 1px solid #b1b8be; border-radius: 6px; margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 0.25rem; }
ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
button { font: inherit; padding: 0.5rem 1rem; border: 1px solid #0b50d0; border-radius: 6px; background: #fff; color: #0b50d0; cursor: pointer; }
button:hover { background: #eef2fb; }
button:focus-visible { outline: 3px solid #1d1d1d; outline-offset: 2px; }
.sub { color: #464c53; font-size: 0.875rem; }
`;
