#!/usr/bin/env bash
# Regenerates the expected outputs of the corpus with CPython 3.11 through the oracle
# (oracle.py: /work/shared/tools/cpython_vt.py with CPython's own display of uncaught errors):
# for every tests/python/<group>/<name>.py, writes <name>.stdout, <name>.stderr and <name>.exit.
#
#   tests/python/generate.sh            regenerate every expected file
#   tests/python/generate.sh --check    write nothing; run each program twice more (other hash
#                                       seeds) and list the programs whose output differs from
#                                       the expected files, i.e. programs that are not deterministic
#
# A program's flags come from its first line, `# flags: --display`. Each program runs from its own
# folder with its bare file name, so tracebacks read `File "name.py", line 3` on every machine.
set -uo pipefail

corpus="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
oracle="${ORACLE:-$corpus/oracle.py}"
python="${PYTHON:-python3}"
check=0
[[ "${1:-}" == "--check" ]] && check=1

if ! "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "generate.sh: $python must be CPython 3.11" >&2
  exit 2
fi
export TZ=UTC

run_program() {  # run_program DIR NAME OUTPUT_PREFIX
  local flags
  flags="$(sed -n '1s/^# flags://p' "$1/$2.py")"
  # shellcheck disable=SC2086  # flags are words
  (cd "$1" && "$python" "$oracle" $flags "$2.py" </dev/null >"$3.stdout" 2>"$3.stderr"
   echo $? >"$3.exit")
}

# The comparison run_corpus.mjs makes: addresses normalised, only stderr's last line.
normalize() { sed -E 's/0x[0-9a-fA-F]+/0x…/g'; }
last_line() { grep -v '^[[:space:]]*$' | tail -n 1 | normalize; }

count=0
unstable=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
while IFS= read -r program; do
  dir="$(dirname "$program")"
  name="$(basename "$program" .py)"
  count=$((count + 1))
  if ((check)); then
    for seed in 1 2; do
      PYTHONHASHSEED=$seed run_program "$dir" "$name" "$tmp/out"
      for ext in stdout exit; do
        if ! cmp -s <(normalize <"$tmp/out.$ext") <(normalize <"$dir/$name.$ext"); then
          echo "unstable: ${program#"$corpus"/} ($ext, hash seed $seed)"
          unstable=$((unstable + 1))
          break 2
        fi
      done
      if [[ "$(last_line <"$tmp/out.stderr")" != "$(last_line <"$dir/$name.stderr")" ]]; then
        echo "unstable: ${program#"$corpus"/} (stderr, hash seed $seed)"
        unstable=$((unstable + 1))
        break
      fi
    done
  else
    run_program "$dir" "$name" "$tmp/out"
    # Keep an expected file that differs only by addresses, so regenerating changes nothing.
    for ext in stdout stderr exit; do
      if [[ ! -f "$dir/$name.$ext" ]] ||
         ! cmp -s <(normalize <"$tmp/out.$ext") <(normalize <"$dir/$name.$ext"); then
        cp "$tmp/out.$ext" "$dir/$name.$ext"
      fi
    done
  fi
done < <(find "$corpus" -mindepth 2 -name '*.py' | LC_ALL=C sort)

if ((!check)); then
  # Expected files whose program was deleted or renamed go too.
  while IFS= read -r stale; do
    [[ -f "${stale%.*}.py" ]] || rm -f "$stale"
  done < <(find "$corpus" -mindepth 2 \( -name '*.stdout' -o -name '*.stderr' -o -name '*.exit' \))
fi

if ((check)); then
  echo "generate.sh --check: $count programs, $unstable unstable"
  ((unstable == 0))
else
  echo "generate.sh: $count programs"
fi
