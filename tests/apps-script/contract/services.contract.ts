import { type ContractCheck, expectEqual, expectThrows } from './contract-check.ts';

const hex = (bytes: number[]) => bytes.map((b) => ((b & 0xff) < 16 ? '0' : '') + (b & 0xff).toString(16)).join('');

/** LockService, PropertiesService, CacheService, Utilities, ContentService, Session (apps-script/reference/…). */
export const servicesContract: ContractCheck[] = [
  {
    name: 'the script lock: tryLock then hasLock, released by releaseLock; waitLock takes it too',
    run: ({ LockService }) => {
      const lock = LockService.getScriptLock();
      expectEqual(lock.tryLock(1000), true, 'tryLock');
      expectEqual(lock.hasLock(), true, 'hasLock');
      lock.releaseLock();
      expectEqual(lock.hasLock(), false, 'after release');
      lock.waitLock(1000);
      expectEqual(lock.hasLock(), true, 'waitLock');
      lock.releaseLock();
    },
  },
  {
    name: 'properties are strings; a missing one is null',
    run: ({ PropertiesService }, tab) => {
      const props = PropertiesService.getScriptProperties();
      props.setProperty(tab, 42 as unknown as string);
      expectEqual(props.getProperty(tab), '42', 'stored as text');
      props.deleteProperty(tab);
      expectEqual(props.getProperty(tab), null, 'deleted');
    },
  },
  {
    name: 'the cache keeps a value and forgets it on remove; a missing key is null',
    run: ({ CacheService }, tab) => {
      const cache = CacheService.getScriptCache()!;
      cache.put(tab, 'v', 60);
      expectEqual(cache.get(tab), 'v', 'put/get');
      cache.remove(tab);
      expectEqual(cache.get(tab), null, 'removed');
      expectThrows(() => cache.put('k'.repeat(251), 'v'), 'key over 250 characters');
    },
  },
  {
    name: 'computeDigest SHA_256 gives 32 signed bytes of the UTF-8 text',
    run: ({ Utilities }) => {
      const abc = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc', Utilities.Charset.UTF_8);
      expectEqual(abc.length, 32, 'length');
      expectEqual(abc[0], -70, 'first byte 0xba as a signed byte');
      expectEqual(hex(abc), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'sha256("abc")');
      const e = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'é', Utilities.Charset.UTF_8);
      expectEqual(hex(e), '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c', 'sha256 of é in UTF-8 (c3 a9)');
    },
  },
  {
    name: 'getUuid gives distinct version-4 UUIDs; base64Encode encodes UTF-8',
    run: ({ Utilities }) => {
      const [a, b] = [Utilities.getUuid(), Utilities.getUuid()];
      expectEqual(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a), true, 'v4 shape');
      expectEqual(a === b, false, 'distinct');
      expectEqual(Utilities.base64Encode('hé', Utilities.Charset.UTF_8), 'aMOp', 'base64');
    },
  },
  {
    name: 'a text output keeps its content and MIME type',
    run: ({ ContentService }) => {
      const out = ContentService.createTextOutput('{"ok":true}').setMimeType(ContentService.MimeType.JSON);
      expectEqual(out.getContent(), '{"ok":true}', 'content');
      expectEqual(String(out.getMimeType()), String(ContentService.MimeType.JSON), 'mime type');
    },
  },
  {
    name: 'the active user locale is a string',
    run: ({ Session }) => {
      expectEqual(typeof Session.getActiveUserLocale(), 'string', 'locale');
    },
  },
];
