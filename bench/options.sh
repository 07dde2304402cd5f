# Sourced by the benchmark scripts: reads --runs N, --sizes "…", --no-write and -h/--help into
# $runs, $sizes and $write (defaults set by the script before sourcing), prints the script's
# header comment (its lines 2..$help_last) for --help, and moves to the repository's root.
# Usage: runs=5; sizes="1000 10000"; write=1; help_last=11; source bench/options.sh "$@"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --no-write) write=0; shift ;;
    -h|--help) sed -n "2,${help_last}p" "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
