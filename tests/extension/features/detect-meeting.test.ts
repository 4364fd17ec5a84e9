// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generic } from '@/features/generic';
import { googleDocs } from '@/features/google-docs';
import { googleMeet } from '@/features/google-meet';
import { describePage, type PlatformFeature } from '@/features/platform-feature';
import { teams } from '@/features/teams';
import { webex } from '@/features/webex';
import { zoom } from '@/features/zoom';

function page(fixture: string, url: string) {
  const html = readFileSync(path.join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { url, title: doc.title, root: doc };
}

describe('what each platform file reads from a page', () => {
  it.each<[string, PlatformFeature, string, string, object]>([
    ['Meet call with captions', googleMeet, 'google-meet-call.html', 'https://meet.google.com/abc-defg-hij', {
      platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij', title: 'Forum multipartite — réunion ordinaire',
      captions: 'ok', captionText: 'Alex We agree to publish the notes in both languages.' }],
    ['Meet lobby', googleMeet, 'google-meet-lobby.html', 'https://meet.google.com/abc-defg-hij?authuser=0', {
      platform: 'google-meet', isMeetingOn: false, meetingId: 'abc-defg-hij', captions: 'none' }],
    ['Meet after a page change: captions unreadable, meeting still on', googleMeet, 'google-meet-changed.html', 'https://meet.google.com/abc-defg-hij', {
      platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij', captions: 'unreadable' }],
    ['Meet home page', googleMeet, 'google-meet-lobby.html', 'https://meet.google.com/landing', {
      platform: 'google-meet', isMeetingOn: false, captions: 'none' }],
    ['Zoom web client', zoom, 'zoom-call.html', 'https://app.zoom.us/wc/81234567890/join?fromPWA=1', {
      platform: 'zoom', isMeetingOn: true, meetingId: '81234567890', title: 'Implementation tracking — May',
      captions: 'ok', captionText: 'Action: the department sends the draft by Friday.' }],
    ['Zoom page that is not a meeting', zoom, 'zoom-call.html', 'https://zoom.us/pricing', {
      platform: 'zoom', isMeetingOn: false, captions: 'none' }],
    ['Teams call', teams, 'teams-call.html',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFrZS1tZWV0aW5n%40thread.v2/0', {
      platform: 'teams', isMeetingOn: true, meetingId: '19:meeting_ZmFrZS1tZWV0aW5n@thread.v2', title: 'Co-creation workshop',
      captions: 'ok', captionText: 'Sam: I disagree with the deadline.' }],
    ['Webex without captions turned on', webex, 'webex-call.html', 'https://example.webex.com/meet/jdoe', {
      platform: 'webex', isMeetingOn: true, meetingId: 'jdoe', title: 'Public consultation', captions: 'unreadable' }],
    ['a Jitsi Meet webinar', generic, 'generic-webinar.html', 'https://meet.jit.si/OpenGovWebinar', {
      platform: 'generic', isMeetingOn: true, meetingId: 'webinar-42', title: 'Open government webinar',
      captions: 'ok', captionText: 'Question from the floor: who owns milestone two?' }],
    ['an article, not a meeting', generic, 'generic-article.html', 'https://meet.jit.si/static/article.html', {
      platform: 'generic', isMeetingOn: false, title: 'An article', captions: 'none' }],
    ['a Google Docs document', googleDocs, 'google-docs.html',
      'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#heading=h.1', {
      platform: 'docs', isMeetingOn: false, docId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      title: 'Plan d’action national 2026', captions: 'none' }],
    ['a Docs page that is not a document', googleDocs, 'google-docs.html', 'https://docs.google.com/document/u/0/', {
      platform: 'docs', isMeetingOn: false, captions: 'none' }],
  ])('%s', (_name, feature, fixture, url, expected) => {
    const { url: _url, ...described } = describePage(feature, page(fixture, url));
    expect(described).toEqual(expected);
  });

  it('keeps only the last words of long captions', () => {
    const doc = new DOMParser().parseFromString(
      `<div data-captions>${'word '.repeat(200)}last</div><video></video>`, 'text/html');
    const context = describePage(generic, { url: 'https://meet.jit.si/x', title: '', root: doc });
    expect(context.captionText?.endsWith('word last')).toBe(true);
    expect(context.captionText?.length).toBeLessThanOrEqual(281);
  });

  it.each([['not a url'], ['']])('never throws on a malformed URL (%j)', (url) => {
    for (const feature of [googleMeet, zoom, teams, webex, generic, googleDocs]) {
      expect(describePage(feature, { url, title: '', root: new DOMParser().parseFromString('', 'text/html') }).isMeetingOn).toBe(false);
    }
  });
});

describe('match patterns', () => {
  it.each([googleMeet, zoom, teams, webex, generic, googleDocs].map((f) => [f.name, f.matches]))(
    '%s asks only for its own pages',
    (_name, matches) => {
      expect(matches.length).toBeGreaterThan(0);
      for (const pattern of matches) expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/\*/);
      // Nor this computer's own pages: loopback is only ever a ledger host, asked for at run time.
      for (const pattern of matches) expect(pattern).not.toMatch(/^(\*|https?):\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/);
    },
  );
});
