#!/usr/bin/env python3
"""Where the wasm engine's bytes go, by source file and by function.

    python3 scripts/wasm_size_report.py [--parts] [--top N] [--source NAME] [BUILD_DIR]

BUILD_DIR is a configured and built `wasm` preset (default build/wasm). The engine is linked
once more with `--profiling-funcs` (its function names kept, the code otherwise the same) into
a temporary directory, then each function body of the code section is attributed to the object
file that defines it (`llvm-nm` on the build's objects). Sizes are raw bytes and gzip level 9
of the concatenated bodies per group, so a group's gzipped figure is what it adds to the
engine's download, give or take what it shares with the rest. Binaryen inlines functions
called once into their caller at link time: such code counts for the caller's file (the VM's
construction shows in bindings.cpp, for instance). Functions defined by no object of the build
are libc / libc++ ("(lib)").

--parts splits that engine as the build splits the real one (wasm/CMakeLists.txt: the profile
of the playground's programs, then wasm-split) and gives each source's code in the engine's
first part, the one a page downloads before its first run, and in its deferred part.
"""
import argparse
import collections
import os
import re
import shlex
import subprocess
import sys
import tempfile
import zlib


def leb128(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def function_bodies(wasm):
    """(name, body bytes) of every function defined in the module."""
    pos = 8
    imported = 0
    bodies = []
    names = {}
    while pos < len(wasm):
        section = wasm[pos]
        size, pos = leb128(wasm, pos + 1)
        end = pos + size
        if section == 2:  # imports: function imports come first in the function index space
            count, p = leb128(wasm, pos)
            for _ in range(count):
                for _field in range(2):  # module and field names
                    length, p = leb128(wasm, p)
                    p += length
                kind = wasm[p]
                p += 1
                if kind == 0:  # function: a type index
                    _, p = leb128(wasm, p)
                    imported += 1
                elif kind == 1:  # table: element type, limits
                    flags, p = leb128(wasm, p + 1)
                    _, p = leb128(wasm, p)
                    if flags & 1:
                        _, p = leb128(wasm, p)
                elif kind == 2:  # memory: limits
                    flags, p = leb128(wasm, p)
                    _, p = leb128(wasm, p)
                    if flags & 1:
                        _, p = leb128(wasm, p)
                elif kind == 3:  # global: value type, mutability
                    p += 2
                elif kind == 4:  # tag: attribute, type index
                    _, p = leb128(wasm, p + 1)
        elif section == 10:  # code
            count, p = leb128(wasm, pos)
            for index in range(count):
                length, body = leb128(wasm, p)
                bodies.append((imported + index, wasm[body:body + length]))
                p = body + length
        elif section == 0:  # custom: the "name" section's function names
            length, p = leb128(wasm, pos)
            if wasm[p:p + length] == b'name':
                p += length
                while p < end:
                    subsection = wasm[p]
                    sub_size, p = leb128(wasm, p + 1)
                    sub_end = p + sub_size
                    if subsection == 1:
                        count, q = leb128(wasm, p)
                        for _ in range(count):
                            index, q = leb128(wasm, q)
                            length, q = leb128(wasm, q)
                            names[index] = wasm[q:q + length].decode('utf-8', 'replace')
                            q += length
                    p = sub_end
        pos = end
    return [(names.get(index, f'function#{index}'), body) for index, body in bodies]


def link_with_names(build_dir, out_dir):
    """Runs the engine's link command again with --profiling-funcs; returns the .wasm path."""
    target_dir = os.path.join(build_dir, 'wasm')
    link_file = os.path.join(target_dir, 'CMakeFiles', 'attendable_engine.dir', 'link.txt')
    command = shlex.split(open(link_file).read())
    output = command.index('-o')
    command[output + 1] = os.path.join(out_dir, 'engine.mjs')
    command.insert(output, '--profiling-funcs')
    env = dict(os.environ)
    env['NODE_PATH'] = '/usr/share/nodejs' + (':' + env['NODE_PATH'] if env.get('NODE_PATH') else '')
    subprocess.run(command, cwd=target_dir, env=env, check=True)
    return os.path.join(out_dir, 'engine.wasm')


def split_parts(build_dir, named_wasm, out_dir):
    """{function name: 'first' or 'deferred'} for the engine at named_wasm, split as the build
    splits the engine: the same profile programs (the list the build wrote beside the engine),
    the same tools."""
    engine_dir = os.path.join(build_dir, 'wasm')
    inputs = open(os.path.join(engine_dir, 'attendable_engine.profile_inputs')).read().split(';')
    features = ['--enable-exception-handling', '--enable-tail-call', '--enable-mutable-globals']
    instrumented = os.path.join(out_dir, 'instrumented.wasm')
    profile = os.path.join(out_dir, 'engine.profile')
    parts = {'first': os.path.join(out_dir, 'first.wasm'),
             'deferred': os.path.join(out_dir, 'deferred.wasm')}
    subprocess.run(['wasm-split', '--instrument', *features, named_wasm, '-o', instrumented],
                   check=True)
    profiler = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'wasm', 'split',
                            'profile.mjs')
    subprocess.run(['node', profiler, instrumented, os.path.join(engine_dir, 'loader.mjs'),
                    engine_dir, profile, *inputs], check=True)
    subprocess.run(['wasm-split', '--split', *features, named_wasm, '--profile', profile,
                    '--symbolmap', '-o1', parts['first'], '-o2', parts['deferred']], check=True)
    part_of = {}
    for part, path in parts.items():
        # "index:name", the name with wasm-split's \xx escapes.
        symbols = {}
        for line in open(path + '.symbols', encoding='utf-8'):
            index, _, name = line.rstrip('\n').partition(':')
            symbols[f'function#{index}'] = re.sub(r'\\([0-9a-f]{2})',
                                                  lambda m: chr(int(m.group(1), 16)), name)
        for name, _ in function_bodies(open(path, 'rb').read()):
            part_of[symbols.get(name, name)] = part
    return part_of


def owners(build_dir):
    """Symbol name (demangled) -> the object file (archive member) of the engine defining it."""
    link_dir = os.path.join(build_dir, 'wasm')
    rsp = os.path.join(link_dir, 'CMakeFiles', 'attendable_engine.dir')
    inputs = (open(os.path.join(rsp, 'objects1')).read().split() +
              open(os.path.join(rsp, 'linkLibs.rsp')).read().split())
    owner = {}
    for path in inputs:
        listing = subprocess.run(['llvm-nm', '-C', '--defined-only', path], cwd=link_dir,
                                 capture_output=True, text=True, check=True).stdout
        member = os.path.basename(path)
        for line in listing.splitlines():
            if line.endswith(':') and ' ' not in line:  # an archive member's header
                member = line[:-1]
                continue
            parts = line.split(' ', 2)
            if len(parts) == 3 and parts[1] in 'TtWw':
                owner.setdefault(parts[2], member)
    return owner


def gz(data):
    return len(zlib.compress(data, 9))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('build_dir', nargs='?', default='build/wasm')
    parser.add_argument('--top', type=int, default=0, help='also list the N largest functions')
    parser.add_argument('--source', help='list the functions of the object files matching this')
    parser.add_argument('--parts', action='store_true',
                        help="each source's code in the engine's first and deferred parts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out_dir:
        named_wasm = link_with_names(args.build_dir, out_dir)
        functions = function_bodies(open(named_wasm, 'rb').read())
        part_of = split_parts(args.build_dir, named_wasm, out_dir) if args.parts else {}
    owner = owners(args.build_dir)
    def group_of(name):
        return owner.get(name, '(lib) ' + ('libc' if '::' not in name else 'libc++'))

    groups = collections.defaultdict(list)
    for name, body in functions:
        groups[group_of(name)].append((name, body))

    def sizes(named_bodies, part=None):
        code = b''.join(body for name, body in named_bodies
                        if part is None or part_of.get(name) == part)
        return len(code), gz(code)

    columns = [None] + (['first', 'deferred'] if args.parts else [])
    header = ''.join(f'{"raw KB":>8}{"gz KB":>7}' if c is None else f'{c + " gz":>12}'
                     for c in columns)
    print(f'{header}  source')
    rows = sorted(groups.items(), key=lambda item: sizes(item[1])[1], reverse=True)
    for group, named_bodies in rows + [('all code', functions)]:
        cells = ''
        for column in columns:
            raw, gzipped = sizes(named_bodies, column)
            cells += (f'{raw / 1024:8.1f}{gzipped / 1024:7.1f}' if column is None
                      else f'{gzipped / 1024:12.1f}')
        label = group if group != 'all code' else f'all code ({len(functions)} functions)'
        print(f'{cells}  {label}')
    listed = [(len(body), gz(body), name) for name, body in functions
              if args.source and args.source in group_of(name)]
    if args.top:
        listed += sorted(((len(b), gz(b), n) for n, b in functions), reverse=True)[:args.top]
    for raw, gzipped, name in sorted(set(listed), reverse=True):
        print(f'{raw:7d} {gzipped:6d}  {name[:150]}')


if __name__ == '__main__':
    sys.exit(main())
