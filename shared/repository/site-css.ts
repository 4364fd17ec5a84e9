/**
 * The site's one stylesheet: readable type, WCAG AA contrast (text #1b1b1b on white, links #0b4f8a,
 * focus outlines), tables that scroll on narrow screens, and print without the menu.
 */
export const SITE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1b1b; background: #fff; }
a { color: #0b4f8a; }
a:visited { color: #5a2a82; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; padding: .5rem 1rem; background: #fff; }
.skip:focus { left: 1rem; z-index: 10; }
header.site { background: #26374a; color: #fff; padding: .75rem 1.5rem 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; }
header.site a { color: #fff; }
.site-name { margin: 0; font-weight: 700; font-size: 1.15rem; flex: 1 1 auto; }
.site-name a { text-decoration: none; }
.lang { margin: 0; }
header.site nav { flex: 1 0 100%; }
header.site nav ul { list-style: none; margin: .5rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
header.site nav a { display: inline-block; padding: .4rem 0 .5rem; text-decoration: none; border-bottom: 3px solid transparent; }
header.site nav a[aria-current="page"] { border-bottom-color: #fff; font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
main:focus { outline: none; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #d6d6d6; padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.lead { font-size: 1.1rem; }
.muted { color: #555; }
.warning { color: #8a1c00; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.counts { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .5rem; }
ul.counts li { border: 1px solid #d6d6d6; border-radius: 4px; padding: .5rem .75rem; display: flex; justify-content: space-between; }
.count { font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; display: block; overflow-x: auto; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #c4c4c4; padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f1f2f3; }
td p, blockquote p { margin: 0 0 .5rem; }
blockquote { margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid #26374a; background: #f8f8f8; }
article.record { border-top: 1px solid #d6d6d6; padding-top: .5rem; }
code, .hash code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; word-break: break-all; }
footer.site { border-top: 1px solid #d6d6d6; background: #f1f2f3; padding: 1rem 1.5rem; font-size: .95rem; }
footer.site p { max-width: 72rem; margin: .25rem auto; }
form input[type="text"] { max-width: 100%; font: inherit; padding: .3rem; border: 1px solid #555; }
button { font: inherit; padding: .45rem 1rem; background: #26374a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
#verify-result .ok { color: #1e5e1e; font-weight: 700; }
#verify-result .broken { color: #8a1c00; font-weight: 700; }
.landing { max-width: 48rem; margin: 3rem auto; padding: 0 1.5rem; display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
@media (max-width: 40rem) { .landing { grid-template-columns: 1fr; } dl.facts { grid-template-columns: 1fr; } }
@media print { header.site nav, .skip { display: none; } }
`;
