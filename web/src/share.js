// Share links: the whole program lives in the URL's hash, so sharing needs no server.
//   #example=<id>   an example of web/src/examples.js, unchanged
//   #code=<lz-string compressToEncodedURIComponent(source)>
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { findExample } from './examples.js';

// What a hash asks for: {kind: 'example', example} | {kind: 'code', code} | {kind: 'none'}
// | {kind: 'bad-code'} (a #code= that does not decode) | {kind: 'bad-example', id}.
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, '').replaceAll('+', '%2B'));
  if (params.has('code')) {
    const code = decodeCode(params.get('code'));
    return code === null ? { kind: 'bad-code' } : { kind: 'code', code };
  }
  if (params.has('example')) {
    const id = params.get('example');
    const example = findExample(id);
    return example ? { kind: 'example', example } : { kind: 'bad-example', id };
  }
  return { kind: 'none' };
}

// lz-string decodes most garbage into some string rather than failing, so a link that was cut
// short or mangled is caught by re-encoding: a link lz-string wrote re-encodes to itself.
export function decodeCode(encoded) {
  if (!encoded) return '';
  let code;
  try {
    code = decompressFromEncodedURIComponent(encoded);
  } catch {
    return null;
  }
  if (typeof code !== 'string') return null;
  return compressToEncodedURIComponent(code) === encoded ? code : null;
}

export function shareHash(code, example) {
  if (example && example.code === code) return `#example=${encodeURIComponent(example.id)}`;
  return `#code=${compressToEncodedURIComponent(code)}`;
}

export function shareUrl(hash, page = location) {
  return `${page.origin}${page.pathname}${page.search}${hash}`;
}
