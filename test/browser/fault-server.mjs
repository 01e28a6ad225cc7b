/**
 * A feed server that fails in every way real feed hosts do, for test/browser/faults.test.ts.
 *
 * GET /faults/<case>?id=<unique> answers with that fault until GET /faults/heal?id=<unique>;
 * after that the same address serves the good sample feed, so a test can check "Try again".
 * Every answer allows any origin (CORS) except the `no-cors` case.
 */
import { readFileSync } from 'node:fs';

const SAMPLE_TEXT = readFileSync(new URL('../../data-schema/examples/sample-feed.json', import.meta.url), 'utf8');
const sample = () => JSON.parse(SAMPLE_TEXT);

const healed = new Set();
/** Bytes the oversized case managed to send before the client hung up, by id. */
const hugeSent = new Map();

function utf16(text, littleEndian) {
  const bytes = Buffer.alloc(2 + text.length * 2);
  bytes.writeUInt16BE(littleEndian ? 0xfffe : 0xfeff, 0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (littleEndian) bytes.writeUInt16LE(code, 2 + i * 2);
    else bytes.writeUInt16BE(code, 2 + i * 2);
  }
  return bytes;
}

/** Feeds with mistakes in their data: each answers 200 with JSON. */
const DATA = {
  'future-minor': () => ({ ...sample(), version: '1.7', aFieldFromTheFuture: { x: 1 } }),
  'future-major': () => ({ ...sample(), version: '2.0' }),
  'invalid-services': () => {
    const feed = sample();
    feed.services[0].ages = 'young';
    feed.services[1].delivery = ['carrier-pigeon'];
    feed.services.push({ name: 'No id' });
    return feed;
  },
  'invalid-sections': () => {
    const feed = sample();
    feed.areas[0].postcodePrefixes.push(null);
    feed.areas.push({ id: 'no-name' });
    feed.topics = [...(feed.topics ?? []), { id: 'Not A Slug', name: 'Bad' }];
    feed.urgentHelp.push({ id: 'broken-line', name: 'Broken' });
    feed.partnership.timeZone = 'Europe/Edinburgh';
    return feed;
  },
  'replace-web-only': () => ({
    ...sample(),
    urgentHelpMode: 'replace',
    urgentHelp: [
      {
        id: 'web-only',
        name: 'Web only',
        description: 'A website',
        web: 'https://help.example.org/',
        hours: 'Any time',
        checked: '2026-11-01',
      },
    ],
  }),
  'duplicate-ids': () => {
    const feed = sample();
    feed.services.push({ ...feed.services[0], name: 'A copy' });
    return feed;
  },
  'unknown-references': () => {
    const feed = sample();
    feed.services[0].topics = [...feed.services[0].topics, 'no-such-topic'];
    feed.services[1].areas = ['no-such-area'];
    return feed;
  },
  'zero-services': () => ({ ...sample(), services: [] }),
  // One listing holds a value nested 5,000 deep, which JSON.parse reads (written as text, since
  // JSON.stringify runs out of stack on it).
  'deep-arrays': () => deepValue('[', ']'),
  'deep-objects': () => deepValue('{"a":', '}'),
  // One listing with a hand-editing slip (a word without quotes), so the file is not JSON.
  'one-listing-not-json': () => {
    const feed = sample();
    return JSON.stringify(feed).replace(`{"id":"${feed.services[1].id}",`, '{"id": oops,');
  },
};

function deepValue(open, close) {
  const feed = sample();
  feed.services[1].extra = 'DEEP';
  return JSON.stringify(feed).replace('"DEEP"', `${open.repeat(5000)}0${close.repeat(5000)}`);
}

export function faultServer() {
  return async function faults(context, next) {
    if (!context.path.startsWith('/faults/')) return next();
    const name = context.path.slice('/faults/'.length);
    const id = context.query.id ?? '';
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cache-Control', 'no-store');
    const json = (value) => {
      context.type = 'application/json';
      context.body = typeof value === 'string' ? value : JSON.stringify(value);
    };

    if (name === 'heal') {
      healed.add(id);
      context.body = 'healed';
      return;
    }
    if (name === 'huge-sent') {
      json({ sent: hugeSent.get(id) ?? 0 });
      return;
    }
    if (name === 'ok' || healed.has(id)) {
      json(SAMPLE_TEXT);
      return;
    }
    if (DATA[name]) {
      json(DATA[name]());
      return;
    }
    switch (name) {
      case '404':
        context.status = 404;
        context.body = 'Not found';
        return;
      case '500':
        context.status = 500;
        context.body = 'Internal error';
        return;
      case '503':
        context.status = 503;
        context.set('Retry-After', '1');
        context.body = 'Busy';
        return;
      case 'slow':
        // Never answers; the finder's timeout must end the wait.
        await new Promise((resolve) => context.req.on('close', resolve));
        context.respond = false;
        return;
      case 'delay': {
        // Answers late: ?ms= how late, ?feed=empty for a feed with no services (to tell them apart).
        await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 500)));
        json(context.query.feed === 'empty' ? { ...sample(), services: [] } : SAMPLE_TEXT);
        return;
      }
      case 'drop':
        context.respond = false;
        context.req.socket.destroy();
        return;
      case 'no-cors':
        context.remove('Access-Control-Allow-Origin');
        json(SAMPLE_TEXT);
        return;
      case 'redirect-insecure': {
        // To plain http on another site: the finder must refuse where the feed ended up.
        const other = context.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
        context.redirect(`http://${other}:${context.URL.port}/faults/ok`);
        return;
      }
      case 'redirect-ok':
        context.redirect(`/faults/ok?id=${encodeURIComponent(id)}`);
        return;
      case 'html':
        context.type = 'text/html';
        context.body = '<!doctype html><title>Page not found</title><h1>Sorry, this page has moved</h1>';
        return;
      case 'empty':
        context.type = 'application/json';
        context.body = '';
        return;
      case 'bom-utf8':
        context.type = 'application/json';
        context.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE_TEXT, 'utf8')]);
        return;
      case 'utf16le':
      case 'utf16be':
        context.type = 'application/json';
        context.body = utf16(SAMPLE_TEXT, name === 'utf16le');
        return;
      case 'truncated':
        context.type = 'application/json';
        context.body = SAMPLE_TEXT.slice(0, Math.floor(SAMPLE_TEXT.length / 2));
        return;
      case 'text-plain':
        context.type = 'text/plain';
        context.body = SAMPLE_TEXT;
        return;
      case 'png':
        context.type = 'image/png';
        context.body = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
        return;
      case 'huge': {
        // 100 MB of JSON-ish text with no Content-Length: only reading it reveals its size.
        context.respond = false;
        const res = context.res;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        let closed = false;
        res.on('close', () => (closed = true));
        while (!closed && sent < 100 * 1024 * 1024) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
          sent += chunk.length;
          hugeSent.set(id, sent);
        }
        res.end();
        return;
      }
      default:
        context.status = 400;
        context.body = `unknown fault ${name}`;
    }
  };
}
