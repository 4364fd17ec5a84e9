// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generic } from '@/features/generic';
import { googleDocs } from '@/features/google-docs';
import { googleMeet } from '@/features/google-meet';
import { jitsi } from '@/features/jitsi';
import { describePage, type PlatformFeature } from '@/features/platform-feature';
import { teams } from '@/features/teams';
import { webex } from '@/features/webex';
import { zoom } from '@/features/zoom';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/platforms');

function page(fixture: string, url: string) {
  const html = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { url, title: doc.title, root: doc };
}

const ON = { readCaptions: true };
const OFF = { readCaptions: false };

describe('what each platform file reads from a page (captions turned on)', () => {
  it.each<[string, PlatformFeature, string, string, object]>([
    ['Meet call: turns by speaker, consecutive blocks of one speaker joined, no settings or “Jump to bottom”', googleMeet, 'google-meet-call.html',
      'https://meet.google.com/abc-defg-hij', {
        platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij', title: 'Forum multipartite — réunion ordinaire', captions: 'ok',
        captionLines: [
          { speaker: 'Marie Dubois', text: 'We agreed to publish the notes in both languages.' },
          { speaker: 'Sam Lee', text: 'Who owns milestone two? The department, by Friday.' },
        ],
        captionText: 'Marie Dubois: We agreed to publish the notes in both languages.\nSam Lee: Who owns milestone two? The department, by Friday.' }],
    ['Meet in a German UI: found by structure and icons, not labels', googleMeet, 'google-meet-call-de.html', 'https://meet.google.com/abc-defg-hij', {
      platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij', captions: 'ok',
      captionLines: [{ speaker: 'Jonas Weber', text: 'Wir veröffentlichen das Protokoll in beiden Sprachen.' }],
      captionText: 'Jonas Weber: Wir veröffentlichen das Protokoll in beiden Sprachen.' }],
    ['Meet lobby', googleMeet, 'google-meet-lobby.html', 'https://meet.google.com/abc-defg-hij?authuser=0', {
      platform: 'google-meet', isMeetingOn: false, meetingId: 'abc-defg-hij', captions: 'none' }],
    ['Meet after a page change: captions unreadable, meeting still on', googleMeet, 'google-meet-changed.html', 'https://meet.google.com/xyz-abcd-efg', {
      platform: 'google-meet', isMeetingOn: true, meetingId: 'xyz-abcd-efg', captions: 'unreadable' }],
    ['Meet home page', googleMeet, 'google-meet-lobby.html', 'https://meet.google.com/landing', {
      platform: 'google-meet', isMeetingOn: false, captions: 'none' }],
    ['Zoom’s meeting frame: avatar turned into a name, then a named turn', zoom, 'zoom-webclient-frame.html', 'https://app.zoom.us/wc/81234567890/meeting', {
      platform: 'zoom', isMeetingOn: true, meetingId: '81234567890', title: 'Implementation tracking — May', captions: 'ok',
      captionLines: [
        { speaker: 'Priya Natarajan', text: 'Action: the department sends the draft by Friday.' },
        { speaker: 'Luc Tremblay', text: 'D’accord, je m’en occupe.' },
      ],
      captionText: 'Priya Natarajan: Action: the department sends the draft by Friday.\nLuc Tremblay: D’accord, je m’en occupe.' }],
    ['Zoom’s outer page, before its frame speaks', zoom, 'zoom-webclient-page.html', 'https://app.zoom.us/wc/81234567890/join', {
      platform: 'zoom', isMeetingOn: false, meetingId: '81234567890', captions: 'none' }],
    ['Zoom page that is not a meeting', zoom, 'zoom-webclient-frame.html', 'https://zoom.us/pricing', {
      platform: 'zoom', isMeetingOn: false, captions: 'none' }],
    ['Teams call (work or school host): author and text paired, settings button ignored', teams, 'teams-call.html',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFrZS1tZWV0aW5n%40thread.v2/0', {
        platform: 'teams', isMeetingOn: true, meetingId: '19:meeting_ZmFrZS1tZWV0aW5n@thread.v2', title: 'Co-creation workshop', captions: 'ok',
        captionLines: [{ speaker: 'Sam Lee', text: 'I disagree with the deadline.' }, { speaker: 'Awa Diop', text: 'Then we propose the end of June.' }],
        captionText: 'Sam Lee: I disagree with the deadline.\nAwa Diop: Then we propose the end of June.' }],
    ['Teams on teams.cloud.microsoft', teams, 'teams-call.html', 'https://teams.cloud.microsoft/v2/', {
      platform: 'teams', isMeetingOn: true, title: 'Co-creation workshop', captions: 'ok',
      captionLines: [{ speaker: 'Sam Lee', text: 'I disagree with the deadline.' }, { speaker: 'Awa Diop', text: 'Then we propose the end of June.' }],
      captionText: 'Sam Lee: I disagree with the deadline.\nAwa Diop: Then we propose the end of June.' }],
    ['Webex without captions shown', webex, 'webex-call.html', 'https://example.webex.com/meet/jdoe', {
      platform: 'webex', isMeetingOn: true, meetingId: 'jdoe', title: 'Public consultation', captions: 'unreadable' }],
    ['Jitsi: “Name: words” split into speaker and text', jitsi, 'jitsi-call.html', 'https://meet.jit.si/OpenGovWebinar', {
      platform: 'jitsi', isMeetingOn: true, meetingId: 'OpenGovWebinar', title: 'Open government webinar', captions: 'ok',
      captionLines: [{ speaker: 'Awa Diop', text: 'Question from the floor: who owns milestone two?' }, { speaker: 'Luc Tremblay', text: 'The ministry does.' }],
      captionText: 'Awa Diop: Question from the floor: who owns milestone two?\nLuc Tremblay: The ministry does.' }],
    ['a Jitsi page that is not a conference', jitsi, 'jitsi-article.html', 'https://meet.jit.si/static/article.html', {
      platform: 'jitsi', isMeetingOn: false, title: 'An article', captions: 'none' }],
    ['a Google Docs document', googleDocs, 'google-docs.html', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#heading=h.1', {
      platform: 'docs', isMeetingOn: false, docId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', title: 'Plan d’action national 2026', captions: 'none' }],
    ['a Docs page that is not a document', googleDocs, 'google-docs.html', 'https://docs.google.com/document/u/0/', {
      platform: 'docs', isMeetingOn: false, captions: 'none' }],
    ['any other page (generic: no content script, nothing read)', generic, 'jitsi-call.html', 'https://example.org/webinar', {
      platform: 'generic', isMeetingOn: false, captions: 'none' }],
  ])('%s', (_name, feature, fixture, url, expected) => {
    const { url: _url, ...described } = describePage(feature, page(fixture, url), ON);
    expect(described).toEqual(expected);
  });

  it.each<[PlatformFeature, string, string]>([
    [googleMeet, 'google-meet-call.html', 'https://meet.google.com/abc-defg-hij'],
    [zoom, 'zoom-webclient-frame.html', 'https://app.zoom.us/wc/81234567890/meeting'],
    [teams, 'teams-call.html', 'https://teams.live.com/v2/'],
    [jitsi, 'jitsi-call.html', 'https://meet.jit.si/OpenGovWebinar'],
  ])('%s reads no caption while caption reading is off (the default)', (feature, fixture, url) => {
    const described = describePage(feature, page(fixture, url), OFF);
    expect(described).toMatchObject({ isMeetingOn: true, captions: 'off' });
    expect(described.captionLines).toBeUndefined();
    expect(described.captionText).toBeUndefined();
  });

  it('keeps only the last lines, and the last words of a long one', () => {
    const doc = new DOMParser().parseFromString(
      `<div id="videoconference_page"><div class="transcription-subtitles">${['A', 'B', 'C', 'D', 'E', 'F'].map((name) => `<p><span>${name}: ${'word '.repeat(30)}last</span></p>`).join('')}</div></div>`,
      'text/html',
    );
    const context = describePage(jitsi, { url: 'https://meet.jit.si/x', title: '', root: doc }, ON);
    expect(context.captionLines?.map((line) => line.speaker)).toEqual(['C', 'D', 'E', 'F']);
    expect(context.captionText?.endsWith('word last')).toBe(true);
    expect(context.captionText?.length).toBeLessThanOrEqual(281);
  });

  it('Zoom’s outer page hosts the meeting frame and stays silent; the frame itself does not', () => {
    expect(zoom.hostsMeetingFrame?.(page('zoom-webclient-page.html', 'https://app.zoom.us/wc/81234567890/join').root)).toBe(true);
    expect(zoom.hostsMeetingFrame?.(page('zoom-webclient-frame.html', 'https://app.zoom.us/wc/81234567890/meeting').root)).toBe(false);
  });

  it.each([['not a url'], ['']])('never throws on a malformed URL (%j)', (url) => {
    for (const feature of [googleMeet, zoom, teams, webex, jitsi, generic, googleDocs]) {
      expect(describePage(feature, { url, title: '', root: new DOMParser().parseFromString('', 'text/html') }, ON).isMeetingOn).toBe(false);
    }
  });
});

describe('match patterns', () => {
  it.each([googleMeet, zoom, teams, webex, jitsi, googleDocs].map((f) => [f.name, f.matches]))('%s asks only for its own pages', (_name, matches) => {
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/\*/);
    // Nor this computer's own pages: loopback is only ever a ledger host, asked for at run time.
    for (const pattern of matches) expect(pattern).not.toMatch(/^(\*|https?):\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/);
  });

  it('covers every Teams web host and asks for no host at all in generic mode', () => {
    expect(teams.matches).toEqual(['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*']);
    expect(generic.matches).toEqual([]);
  });
});
