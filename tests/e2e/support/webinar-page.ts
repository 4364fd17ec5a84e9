/**
 * A fake Jitsi Meet webinar: the conference page, a meeting id, and subtitles in Jitsi's own
 * structure (`.transcription-subtitles > p > span`, "Name: text"; see tests/fixtures/platforms/
 * jitsi-call.html for the source) that change every 300 ms as they would while people speak.
 */
export const WEBINAR_TITLE = 'Open government webinar';

export const WEBINAR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${WEBINAR_TITLE}</title></head>
<body><main id="videoconference_page" data-meeting-id="webinar-42"><h1>${WEBINAR_TITLE}</h1><video muted></video>
<div class="transcription-subtitles"><p><span>Awa Diop: Welcome everyone.</span></p></div></main>
<script>
  const lines = ['We agree to publish the notes in both languages.', 'Who owns milestone two?', 'The department sends the draft by Friday.'];
  let n = 0;
  setInterval(() => { document.querySelector('.transcription-subtitles span').textContent = 'Awa Diop: ' + lines[n++ % lines.length]; }, 300);
</script></body></html>`;

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1><p>No meeting.</p></body></html>`;
